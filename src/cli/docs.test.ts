import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { RULES } from '../core/rules.js'
import { renderCliDoc, renderMessagesDoc } from './docs.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sources(path)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('generated docs', () => {
  it('docs/cli.md is up to date with the commands (run `npx tsx scripts/docs.ts`)', () => {
    expect(read('docs/cli.md')).toBe(renderCliDoc())
    for (const command of ['ingest', 'export', 'events', 'issues', 'serve', 'demo']) expect(read('docs/cli.md')).toContain(`## parley ${command}`)
  })

  it('docs/messages.md is up to date with the rule list', () => {
    expect(read('docs/messages.md')).toBe(renderMessagesDoc())
  })

  it('lists every rule id the code reports, once', () => {
    const ids = new Set(RULES.map((r) => r.id))
    expect(ids.size).toBe(RULES.length)
    // Where rule ids are written: failure(source, 'id', ...), message('stage', 'id', ...), dropping(..., 'id', ...), ruleId: 'id', new ParleyError(code, message, 'id').
    const patterns = [
      /\bfailure\([^,]+,\s*'([a-z0-9-]+)'/g,
      /\bmessage\('[a-z]+',\s*'([a-z0-9-]+)'/g,
      /\bdropping\([^,]+,[^,]+,\s*'([a-z0-9-]+)'/g,
      /\bruleId:\s*'([a-z0-9-]+)'/g,
      /ParleyError\(\s*'PARLEY_INPUT',[^;]*?,\s*'([a-z0-9-]+)',?\s*\)/g,
    ]
    const used = new Map<string, string>()
    for (const file of sources(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8')
      for (const re of patterns) for (const m of text.matchAll(re)) used.set(m[1]!, relative(ROOT, file))
    }
    expect(used.size).toBeGreaterThan(10)
    const missing = [...used].filter(([id]) => !ids.has(id)).map(([id, file]) => `${id} (${file})`)
    expect(missing).toEqual([])
  })
})
