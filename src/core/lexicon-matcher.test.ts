import { describe, expect, it } from 'vitest'
import { casingOf, casingOk, LexiconMatcher } from './lexicon-matcher.js'

describe('LexiconMatcher', () => {
  const m = new LexiconMatcher<string>([['Nikol Pashinyan', 'p'], ['Azərbaycan', 'a'], ['Hoa Kỳ', 'us'], ['Երևան', 'y']], 'full')
  it('matches folded text and returns offsets in the original text', () => {
    const text = 'Nikol PASHINYAN and Azerbaycan'
    const hits = m.match(text)
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Nikol PASHINYAN', 'Azerbaycan'])
  })
  it('keeps only word starts and reports the rest of the word as tail', () => {
    const hits = m.match('xAzərbaycan Azərbaycanın')
    expect(hits).toHaveLength(1)
    expect(hits[0]?.tail).toBe('ın')
  })
  it('treats the Armenian ligature as its two letters', () => {
    expect(m.match('Երեւանում').map((h) => h.tail)).toEqual(['ում'])
  })
  it('keeps tones in case-only mode', () => {
    const vi = new LexiconMatcher<string>([['Nga', 'ru']], 'case')
    expect(vi.match('ngà voi, Nga')).toHaveLength(1)
  })
  it('checks casing', () => {
    expect(casingOf('US')).toBe('upper')
    expect(casingOk('us', 'upper')).toBe(false)
    expect(casingOk('Pháp', casingOf('Pháp'))).toBe(true)
    expect(casingOk('pháp', casingOf('Pháp'))).toBe(false)
  })
})
