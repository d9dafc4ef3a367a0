// The bundled sample corpus (test/corpus) as fixtures: each plain-text report is a
// headline plus a few paragraphs, and segments into one sentence per headline and
// at least one per paragraph, with every sentence inside its paragraph.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { segment } from './index.js'

const CORPUS = fileURLToPath(new URL('../../test/corpus/', import.meta.url))

describe('segmentation of the sample corpus', () => {
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const text = readFileSync(join(CORPUS, file), 'utf8')
      const paragraphs = text.split('\n').filter((line) => line.trim() !== '').length
      const sentences = segment(text, file.slice(0, 2))
      expect(sentences.length).toBeGreaterThanOrEqual(paragraphs)
      expect(sentences.length).toBeLessThanOrEqual(16)
      const headline = sentences[0]
      expect(headline && text.slice(headline.start, headline.end)).toBe(text.split('\n')[0]?.trim())
    })
  }
})
