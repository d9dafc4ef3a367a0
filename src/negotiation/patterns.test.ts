import { describe, expect, it } from 'vitest'
import { CueMatcher } from './patterns.js'
import { lexiconFor } from './lexicon.js'
import { tokenize } from './tokens.js'

function hits(terms: string[], text: string, language = 'en') {
  const { folding } = lexiconFor(language)
  const m = new CueMatcher(terms.map((t) => [t, t] as const), folding, 4)
  const tokens = tokenize(text, folding)
  return m.match(tokens).map((h) => `${h.value}=${text.slice(tokens[h.start]!.start, tokens[h.end - 1]!.end)}`)
}

describe('cue patterns', () => {
  it('match whole words, case and accents folded', () => {
    expect(hits(['peace treaty'], 'The PEACE Treaty was signed; peacetreaty is not.')).toEqual(['peace treaty=PEACE Treaty'])
    expect(hits(['frontiere'], 'la frontière')).toEqual(['frontiere=frontière'])
  })

  it('prefix, suffix and infix words', () => {
    expect(hits(['sınır*'], 'Ermenistan sınırında kontrol')).toEqual(['sınır*=sınırında'])
    expect(hits(['*abkommen'], 'Das Friedensabkommen')).toEqual(['*abkommen=Friedensabkommen'])
    expect(hits(['*vertrag*'], 'die Friedensvertragstexte')).toEqual(['*vertrag*=Friedensvertragstexte'])
  })

  it('prefixes and suffixes of one letter, and of two letters on a one-letter word', () => {
    expect(hits(['y* … sınır'], 'yeni sınır, y sınır')).toEqual(['y* … sınır=yeni sınır', 'y* … sınır=y sınır'])
    expect(hits(['*z'], 'Aliyev söz verdi, z harfi')).toEqual(['*z=söz', '*z=z'])
    expect(hits(['ye*'], 'y yeni')).toEqual(['ye*=yeni'])
    expect(hits(['*öz'], 'z söz')).toEqual(['*öz=söz'])
  })

  it('gaps of a few words, and longer where asked', () => {
    expect(hits(['armenians … karabakh'], 'Armenians living in Karabakh')).toEqual(['armenians … karabakh=Armenians living in Karabakh'])
    expect(hits(['lehnt … ab'], 'lehnt den neuen großen internationalen Vorschlag ab')).toEqual([])
    expect(hits(['lehnt …8 ab'], 'lehnt den neuen großen internationalen Vorschlag ab')).toHaveLength(1)
  })

  it('keeps Vietnamese tones but not their placement', () => {
    expect(hits(['hòa bình'], 'hoà bình lâu dài', 'vi')).toEqual(['hòa bình=hoà bình'])
    expect(hits(['bác bỏ'], 'miền Bắc Bộ', 'vi')).toEqual([])
  })

  it('prefers the longest of overlapping matches', () => {
    expect(hits(['agree', 'will not agree'], 'They will not agree.')).toEqual(['will not agree=will not agree'])
  })
})
