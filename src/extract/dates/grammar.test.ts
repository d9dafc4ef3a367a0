import { describe, expect, it } from 'vitest'
import { availableLanguages, languageData } from '../../languages/index.js'
import { grammarFor } from './grammar.js'
import { parsePattern, patternStarts } from './pattern.js'
import { DatesSchema } from './schema.js'
import { keyFunction } from './tokens.js'

const key = keyFunction('full')

describe('pattern notation', () => {
  it('parses literals, slots, options, alternatives and lookahead', () => {
    expect(parsePattern("l'année {year}", key)).toEqual([
      { k: 'lit', key: 'l', raw: 'l' },
      { k: 'lit', key: "'", raw: "'" },
      { k: 'lit', key: 'annee', raw: 'année' },
      { k: 'slot', name: 'year', end: false },
    ])
    const [opt, alt, not] = parsePattern('[{day2}] (a | b c) !{year}', key)
    expect(opt).toEqual({ k: 'opt', seq: [{ k: 'slot', name: 'day', end: true }] })
    expect(alt?.k === 'alt' && alt.alts.length).toBe(2)
    expect(not?.k).toBe('not')
  })

  it('rejects unknown slots and unbalanced brackets', () => {
    expect(() => parsePattern('{hour}', key)).toThrow(/unknown slot/)
    expect(() => parsePattern('[a', key)).toThrow(/missing/)
    expect(() => parsePattern('a)', key)).toThrow(/unbalanced/)
  })

  it('knows which tokens can start a pattern', () => {
    const none = () => ({ keys: new Set<string>(), num: true, word: false })
    expect(patternStarts(parsePattern('(last | past) year', key), none)).toEqual({ keys: new Set(['last', 'past']), num: false, word: false })
    expect(patternStarts(parsePattern('[the] !x {day} May', key), none)).toEqual({ keys: new Set(['the']), num: true, word: false })
  })
})

describe('language data', () => {
  it('every dates.yaml validates and compiles', () => {
    const withDates = availableLanguages().filter((iso) => languageData('dates', iso, DatesSchema) !== null)
    expect(withDates).toEqual(expect.arrayContaining(['en', 'vi', 'ru', 'fr', 'de', 'tr', 'az', 'hy', 'uk', 'es']))
    for (const iso of withDates) {
      const g = grammarFor(iso)
      expect(g.iso).toBe(iso)
      expect(g.rules.length).toBeGreaterThan(5)
    }
  })

  it('falls back to English for a language without dates.yaml, and ignores region subtags', () => {
    expect(grammarFor('und').iso).toBe('en')
    expect(grammarFor('en-US')).toBe(grammarFor('en'))
  })
})
