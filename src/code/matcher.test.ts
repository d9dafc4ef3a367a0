import { describe, expect, it } from 'vitest'
import { LexiconMatcher, parseEnding, parsePattern } from './matcher.js'
import { tokenize, type FoldOptions } from './tokens.js'

const full: FoldOptions = { mode: 'full', replacements: [] }
const words = (text: string, fold = full) => tokenize(text, fold).map((t) => t.norm)

function matcher(patterns: string[], gap = 4, fold = full) {
  return new LexiconMatcher(
    patterns.map((p) => {
      const ending = parseEnding(p, fold)
      return ending ? { parts: [], payload: p, ending } : { parts: parsePattern(p, fold), payload: p }
    }),
    gap,
  )
}

describe('tokenize', () => {
  it('folds case and diacritics and keeps offsets into the original text', () => {
    const text = 'Négociations à Genève'
    const tokens = tokenize(text, full)
    expect(tokens.map((t) => t.norm)).toEqual(['negociations', 'a', 'geneve'])
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start)
    expect(text.slice(tokens[2]!.start, tokens[2]!.end)).toBe('Genève')
  })

  it('keeps tones in case-only folding', () => {
    expect(words('Hoa Kỳ ký kết', { mode: 'case', replacements: [] })).toEqual(['hoa', 'kỳ', 'ký', 'kết'])
  })
})

describe('LexiconMatcher', () => {
  it('finds exact phrases, stems and word endings in one pass', () => {
    const m = matcher(['peace talks', 'negotiat*', '*malıdır'])
    const found = m.match(words('Peace talks and negotiations resumed; Ermenistan çekilmelidir'))
    expect(found.map((x) => x.payload).sort()).toEqual(['negotiat*', 'peace talks'])
    const tr = m.match(words('Ermenistan geri çekilmalıdır'))
    expect(tr.map((x) => x.payload)).toEqual(['*malıdır'])
  })

  it('does not match a stem inside a word', () => {
    const m = matcher(['talk*'])
    expect(m.match(words('stalking horse'))).toEqual([])
  })

  it('matches discontinuous phrases within the gap', () => {
    const m = matcher(['lehnte* ... ab'], 3)
    expect(m.match(words('Baku lehnte den Vorschlag ab'))).toHaveLength(1)
    expect(m.match(words('Baku lehnte den neuen und sehr langen Vorschlag ab'))).toHaveLength(0)
  })

  it('reports what follows a stem', () => {
    const m = matcher(['görüş*'])
    expect(m.match(words('görüşmedi'))[0]?.tail).toBe('medi')
  })
})
