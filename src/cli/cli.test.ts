/**
 * End to end: the built `parley` command spawned as a process, on inputs the
 * test writes to a temporary folder.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url))
let dir = ''

function parley(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, PARLEY_DB: join(dir, 'env.db') } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-cli-'))
  writeFileSync(
    join(dir, 'report-en.txt'),
    'Armenian and Azerbaijani foreign ministers met in Berlin on 28 February 2024.\nThe talks were hosted by the German foreign minister and lasted two days.\n',
  )
  writeFileSync(join(dir, 'empty.txt'), '')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parley CLI', () => {
  it('prints help and version', () => {
    expect(parley('--help').stdout).toMatch(/ingest/)
    expect(parley('ingest', '--help').stdout).toMatch(/--db/)
    expect(parley('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('exits 2 on usage errors', () => {
    expect(parley('no-such-command').code).toBe(2)
    expect(parley('export').code).toBe(2) // --format is required
    expect(parley('export', '--format', 'xml', '--db', join(dir, 'x.db')).code).toBe(2)
  })

  it('ingests, reports bad inputs by name, and re-ingests as a no-op', () => {
    const db = join(dir, 'a.db')
    const first = parley('ingest', '--db', db, join(dir, 'report-en.txt'), join(dir, 'empty.txt'))
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/1 new, 0 unchanged, 1 failed/)
    expect(first.stderr).toMatch(/empty\.txt: .*\[empty-input\]/)
    const again = parley('ingest', '--db', db, join(dir, 'report-en.txt'))
    expect(again.stdout).toMatch(/0 new, 1 unchanged, 0 failed/)
  })

  it('exits 1 when every input failed', () => {
    expect(parley('ingest', '--db', join(dir, 'b.db'), join(dir, 'empty.txt')).code).toBe(1)
  })

  it('exports JSONL to stdout and to a file, using PARLEY_DB by default', () => {
    expect(parley('ingest', join(dir, 'report-en.txt')).code).toBe(0)
    const lines = parley('export', '--format', 'jsonl').stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; text?: string })
    const doc = lines.find((l) => l.kind === 'document')
    expect(doc?.text).toMatch(/^Armenian and Azerbaijani foreign ministers met in Berlin/)
    expect(parley('export', '--format', 'jsonl', '--out', join(dir, 'out.jsonl')).code).toBe(0)
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(lines.length)
  })

  it('names a missing database instead of creating one on export', () => {
    const result = parley('export', '--format', 'jsonl', '--db', join(dir, 'missing.db'))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/missing\.db/)
    expect(result.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })
})
