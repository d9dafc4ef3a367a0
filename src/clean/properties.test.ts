import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ParleyError } from '../core/errors.js'
import type { CleanedDoc } from '../core/doc.js'
import { clean } from './index.js'
import { htmlDoc, textDoc } from './test-helpers.js'

const PIECES = ['<p>', '</p>', '<div>', '<br>', '<a href="/x">', '</a>', '<li>', '&amp;', '&nbsp;', '\u200b', '\u202e', '\r\n', '\n', ' ', 'Read more', 'Xem thêm', '...', '©', 'Baku', 'Ереван', 'Երևան', 'talks', '.', ':']
const markupish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''))

function checkShape(doc: CleanedDoc): void {
  expect(doc.text).not.toMatch(/[\r\u200b\u202e\u00a0]|^\s|\s$|\n\n/)
  expect(doc.text.normalize('NFC')).toBe(doc.text)
  const rebuilt = doc.paragraphs.map((p) => doc.text.slice(p.span.start, p.span.end)).join('\n')
  expect(rebuilt).toBe(doc.text)
}

function cleanOrEmpty(run: () => CleanedDoc): void {
  try {
    checkShape(run())
  } catch (error) {
    if (!(error instanceof ParleyError) || error.ruleId !== 'empty-after-cleaning') throw error
  }
}

describe('clean on arbitrary input', () => {
  it('gives well-formed text or empty-after-cleaning for any text', () => {
    fc.assert(fc.property(fc.oneof(markupish, fc.string({ maxLength: 300 })), (body) => cleanOrEmpty(() => clean(textDoc(body)))), { numRuns: 300 })
  })

  it('gives well-formed text or empty-after-cleaning for any HTML', () => {
    fc.assert(fc.property(markupish, (body) => cleanOrEmpty(() => clean(htmlDoc(body)))), { numRuns: 150 })
  })
})
