/**
 * Persons the knowledge base does not know: a capitalised name right after a
 * title ("Phó Chủ tịch Quốc hội Armenia Ruben Rubinyan"), before a titled
 * apposition ("Ani Badalyan, spokesperson for ..."), or shaped like a name of
 * the region ("Slava Osipyan": First + a surname ending from _base data).
 * Slugs are romanised with the _base transliteration pairs, then any-ascii.
 */
import anyAscii from 'any-ascii'
import { personSlug } from '../../core/ids.js'
import { foldKey } from '../../core/lexicon-matcher.js'
import { acceptsTail, type CompiledMorphology } from '../../core/morphology.js'
import { languageData } from '../../languages/index.js'
import { BaseActorsSchema } from './schema.js'

export interface NameSpan {
  readonly start: number
  readonly end: number
  /** The name with an inflectional ending removed from its last word. */
  readonly name: string
  readonly surname: string
}

/** Drop an inflectional ending from an unknown surname when what remains still looks like a surname. */
export function stripEnding(word: string, morph: CompiledMorphology, endings: readonly string[]): string {
  const lower = word.toLowerCase()
  for (let cut = Math.min(5, word.length - 3); cut >= 1; cut--) {
    const tail = lower.slice(lower.length - cut)
    const stem = lower.slice(0, lower.length - cut)
    if (acceptsTail(tail, morph) && endings.some((e) => stem.endsWith(e))) return word.slice(0, word.length - cut)
  }
  return word
}

let translit: readonly (readonly [RegExp, string])[] | null = null

function transliterationPairs(): readonly (readonly [RegExp, string])[] {
  if (translit) return translit
  const base = languageData('actors', '_base', BaseActorsSchema)
  translit = (base?.transliteration ?? []).map(([from, to]) => {
    const atEnd = from.endsWith('$')
    const literal = (atEnd ? from.slice(0, -1) : from).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return [new RegExp(atEnd ? `${literal}(?![\\p{L}])` : literal, 'gu'), to] as const
  })
  return translit
}

/** Romanise a name and make its slug: "Ռուբեն Ռուբինյան" → "ruben-rubinyan". */
export function slugOf(name: string): string {
  let out = name
  for (const [re, to] of transliterationPairs()) out = out.replace(re, to)
  return personSlug(anyAscii(out).replace(/'/g, ''))
}

/** Surname key for in-document coreference. */
export function surnameKey(surname: string): string {
  return foldKey(surname, 'full')
}
