// The bundled sample corpus (test/corpus) as fixtures: every plain-text report and
// JSONL article is recognised as the language its file name or field says.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { detectLanguage } from './index.js'
import { normaliseDeclared } from './declared.js'

const CORPUS = fileURLToPath(new URL('../../test/corpus/', import.meta.url))
const files = readdirSync(CORPUS)
const JsonlLine = z.object({ language: z.string(), text: z.string() })

describe('language of the sample corpus', () => {
  for (const file of files.filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const text = readFileSync(join(CORPUS, file), 'utf8')
      expect(detectLanguage(text, null)).toBe(file.slice(0, 2))
    })
  }

  for (const file of files.filter((f) => f.endsWith('.jsonl'))) {
    it(file, () => {
      const lines = readFileSync(join(CORPUS, file), 'utf8').trim().split('\n')
      for (const line of lines) {
        const item = JsonlLine.parse(JSON.parse(line))
        const declared = normaliseDeclared(item.language)
        expect(detectLanguage(item.text, null)).toBe(declared)
        expect(detectLanguage(item.text, item.language)).toBe(declared)
      }
    })
  }
})
