import { describe, expect, it } from 'vitest'
import { clean } from './index.js'
import { normaliseLine } from './passes/01-normalise.js'
import { textDoc } from './test-helpers.js'

describe('normaliseLine', () => {
  it('composes to NFC', () => {
    const decomposed = 'Thu\u0309 tu\u031bo\u031b\u0301ng Pashinyan'
    expect(normaliseLine(decomposed)).toBe('Thủ tướng Pashinyan')
  })

  it('strips zero-width, bidi controls, soft hyphens and stray controls', () => {
    expect(normaliseLine('Ali\u200byev\u00ad met \u202aPashinyan\u202c in\u200e Brussels\u0007.')).toBe('Aliyev met Pashinyan in Brussels.')
    expect(normaliseLine('\ufeffBaku\u2060 and Yerevan')).toBe('Baku and Yerevan')
  })

  it('removes stray joiners but keeps the Persian ZWNJ between letters', () => {
    expect(normaliseLine('Ere\u200cvan talks\u200d')).toBe('Erevan talks')
    expect(normaliseLine('می\u200cخواهد')).toBe('می\u200cخواهد')
  })

  it('turns every kind of space into one plain space', () => {
    expect(normaliseLine('  Lachin\u00a0corridor\u2009was \t\u3000 closed  ')).toBe('Lachin corridor was closed')
  })
})

describe('clean on text', () => {
  it('normalises CRLF, CR and Unicode line separators to one paragraph a line', () => {
    const body = 'First paragraph about Prague.\r\nSecond about Brussels.\rThird about Sochi.\u2028Fourth about Granada.\n\n\nFifth about Almaty.'
    const doc = clean(textDoc(body))
    expect(doc.text).toBe('First paragraph about Prague.\nSecond about Brussels.\nThird about Sochi.\nFourth about Granada.\nFifth about Almaty.')
  })

  it('keeps paragraph spans into the cleaned text and raw starts into the body', () => {
    const body = '\n  Armenia and Azerbaijan met in Washington.\n\n\tThe talks lasted three days.\n'
    const doc = clean(textDoc(body))
    expect(doc.paragraphs).toHaveLength(2)
    for (const p of doc.paragraphs) {
      const para = doc.text.slice(p.span.start, p.span.end)
      expect(body.slice(p.rawStart, p.rawStart + para.length)).toBe(para)
    }
  })

  it('throws empty-after-cleaning when only furniture remains', () => {
    expect(() => clean(textDoc('Share\nPrint\n* * *\n'))).toThrowError(expect.objectContaining({ code: 'PARLEY_INPUT', ruleId: 'empty-after-cleaning' }))
  })

  it('keeps metadata from the raw document and puts its title first', () => {
    const doc = clean(textDoc('The ministers agreed to meet again next month.', { title: 'Talks in Almaty', published: '2024-05-11', url: 'https://a.example/1' }))
    expect(doc.text).toBe('Talks in Almaty\nThe ministers agreed to meet again next month.')
    expect(doc).toMatchObject({ title: 'Talks in Almaty', published: '2024-05-11', url: 'https://a.example/1', language: null })
  })
})
