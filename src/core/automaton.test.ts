import { AhoCorasick } from '@monyone/aho-corasick'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Automaton } from './automaton.js'

function hits(keys: string[], text: string): { begin: number; end: number; keyword: string }[] {
  const out: { begin: number; end: number; keyword: string }[] = []
  new Automaton(keys).scan(text, (begin, end, k) => out.push({ begin, end, keyword: keys[k]! }))
  return out
}

describe('Automaton', () => {
  it('finds overlapping keys, longest first at one end', () => {
    expect(hits(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      { begin: 1, end: 4, keyword: 'she' },
      { begin: 2, end: 4, keyword: 'he' },
      { begin: 2, end: 6, keyword: 'hers' },
    ])
  })

  it('handles non-Latin text and surrogate pairs as code units', () => {
    expect(hits(['հայաստան', '😀a'], 'x😀a Հայաստան հայաստանի')).toEqual([
      { begin: 1, end: 4, keyword: '😀a' },
      { begin: 14, end: 22, keyword: 'հայաստան' },
    ])
  })

  it('reports exactly what @monyone/aho-corasick reports, in the same order', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'é', 'ա', ' ', "'")
    const word = fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(alphabet, { maxLength: 80 }).map((cs) => cs.join('')), (keys, text) => {
        expect(hits(keys, text)).toEqual(new AhoCorasick(keys).matchInText(text))
      }),
      { numRuns: 300 },
    )
  })

  it('builds a root with many children (binary search path)', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `k${String.fromCharCode(0x400 + i)}x`)
    const text = keys.join(' ')
    expect(hits(keys, text)).toEqual(new AhoCorasick(keys).matchInText(text))
  })
})
