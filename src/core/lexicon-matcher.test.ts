import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { casingOf, casingOk, foldTextWithMap, LexiconMatcher } from './lexicon-matcher.js'

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

describe('foldTextWithMap', () => {
  // Characters that fold to several units or to none, surrogate pairs and a lone surrogate.
  const chars = fc.constantFrom('a', 'Z', ' ', 'ß', 'İ', 'ı', 'և', 'é', 'Ё', '\u0301', '’', '–', '😀', '\ud800', 'Ş', 'ự', '\n')
  const texts = fc.array(chars, { maxLength: 60 })

  it('is each character folded in turn, each folded unit mapped to where its character starts', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('full' as const, 'case' as const), (cs, mode) => {
        const text = cs.join('')
        let folded = ''
        const map: number[] = []
        let at = 0
        for (const ch of cs) {
          const out = foldTextWithMap(ch, mode).folded
          folded += out
          for (let k = 0; k < out.length; k++) map.push(at)
          at += ch.length
        }
        map.push(at)
        const result = foldTextWithMap(text, mode)
        expect(result.folded).toBe(folded)
        expect(result.map).toEqual(map)
      }),
    )
  })

  it('folds a text longer than its scratch buffer as it folds its halves', () => {
    const half = 'Azərbaycan və Ermənistan, ŞUŞA — Երևան 😀 '.repeat(200)
    const whole = foldTextWithMap(half + half, 'full')
    const part = foldTextWithMap(half, 'full')
    expect(whole.folded).toBe(part.folded + part.folded)
    expect(whole.map).toEqual([...part.map.slice(0, -1), ...part.map.map((o) => o + half.length)])
  })
})
