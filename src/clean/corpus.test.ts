/**
 * Runs the cleaner over the shared reference corpus when it is there (it is
 * not part of the project, so the test skips without it): no sentence a gold
 * file quotes may be lost, and where the gold marks where the page's
 * boilerplate starts, nothing from there on may remain.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { clean } from './index.js'
import { textDoc } from './test-helpers.js'

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))
const Gold = z.looseObject({
  boilerplate_from: z.string().optional(),
  events: z.array(z.looseObject({ quote: z.string() })).default([]),
  positions: z.array(z.looseObject({ quote: z.string() })).default([]),
})

function documents(set: string): { name: string; body: string; gold: z.infer<typeof Gold> }[] {
  const dir = join(SHARED, 'corpus', set)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      body: readFileSync(join(dir, name), 'utf8'),
      gold: Gold.parse(JSON.parse(readFileSync(join(SHARED, 'gold', set, name.replace(/\.txt$/, '.json')), 'utf8'))),
    }))
}

for (const set of ['seeds', 'dev']) {
  const docs = documents(set)
  describe.skipIf(docs.length === 0)(`clean over shared/corpus/${set}`, () => {
    it.each(docs.map((d) => [d.name, d] as const))('%s keeps every quoted sentence and drops its boilerplate', (_name, doc) => {
      const { text } = clean(textDoc(doc.body, { source: doc.name }))
      for (const { quote } of [...doc.gold.events, ...doc.gold.positions]) expect(text).toContain(quote)
      const from = doc.gold.boilerplate_from
      if (from !== undefined) {
        expect(text).not.toContain(from)
        // everything after the boilerplate start in the raw file is gone too
        const tail = doc.body.slice(doc.body.indexOf(from)).split('\n').map((l) => l.trim()).filter((l) => l.length > 20)
        for (const line of tail) expect(text).not.toContain(line)
      }
    })
  })
}
