/**
 * Per-language segmentation data (src/languages/<iso>/segment.yaml, merged
 * with src/languages/_base/segment.yaml), validated with zod and compiled
 * into lookup sets once per language.
 */
import { z } from 'zod'
import { languageData } from '../languages/index.js'

const list = z.array(z.string().min(1)).default([])

export const SegmentFileSchema = z.strictObject({
  /** Characters that end a sentence when followed by white space, beyond those ICU knows. */
  terminals: list,
  /** Characters that end a sentence only when white space and an upper-case letter follow (hy ":" for "։"). */
  weak_terminals: list,
  /** Characters ICU may take for terminals that are word-internal in this language (hy "՞" "՜"). */
  not_terminals: list,
  /** Abbreviations (without the final dot) that never end a sentence: titles, "e.g.", "т.е.", "z. B.". */
  never_final: list,
  /** Abbreviations that stay with the next sentence when it starts with a digit: "No. 5", "Aug. 8". */
  before_number: list,
  /** Abbreviations that may end a sentence: kept with the next only when it starts in lower case. */
  may_end: list,
  /** Abbreviations written after a number ("2020 г.", "2023 թ."): may end there, never final elsewhere. */
  numeric_suffixes: list,
  /** Capitalised words that start sentences and are never part of a name ("The", "It"): after an acronym they mean a new sentence. */
  sentence_starters: list,
  /** "10. November", "2. Dünya Savaşı": a 1–3 digit number with a dot is an ordinal, not an end. */
  ordinal_dot: z.boolean().optional(),
  /** An initial after a capitalised word ("Donald J. Trump" merge; "Nguyễn Văn A." split). */
  initials_after_name: z.enum(['merge', 'split']).optional(),
})

export type SegmentFile = z.infer<typeof SegmentFileSchema>

export interface SegmentRules {
  readonly terminals: ReadonlySet<string>
  readonly weakTerminals: ReadonlySet<string>
  readonly notTerminals: ReadonlySet<string>
  readonly neverFinal: ReadonlySet<string>
  readonly beforeNumber: ReadonlySet<string>
  readonly mayEnd: ReadonlySet<string>
  readonly numericSuffixes: ReadonlySet<string>
  /** Lower-cased. */
  readonly sentenceStarters: ReadonlySet<string>
  readonly ordinalDot: boolean
  readonly initialsAfterName: 'merge' | 'split'
  /** Longest abbreviation entry, in words (for the look-around at a boundary). */
  readonly maxWords: number
  /** The last word of every entry (a cheap first test before building keys). */
  readonly finalWords: ReadonlySet<string>
}

/** The lookup key of an abbreviation: lower case, NFC, single spaces, no final dot. */
export function abbreviationKey(entry: string): string {
  return entry.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ').replace(/\.$/, '')
}

function keys(...lists: (readonly string[] | undefined)[]): Set<string> {
  return new Set(lists.flatMap((l) => l ?? []).map(abbreviationKey))
}

function chars(...lists: (readonly string[] | undefined)[]): Set<string> {
  return new Set(lists.flatMap((l) => l ?? []).map((c) => c.normalize('NFC')))
}

function compile(base: SegmentFile | null, own: SegmentFile | null): SegmentRules {
  const neverFinal = keys(base?.never_final, own?.never_final)
  const beforeNumber = keys(base?.before_number, own?.before_number)
  const mayEnd = keys(base?.may_end, own?.may_end)
  const numericSuffixes = keys(base?.numeric_suffixes, own?.numeric_suffixes)
  const all = [...neverFinal, ...beforeNumber, ...mayEnd, ...numericSuffixes]
  return {
    terminals: chars(base?.terminals, own?.terminals),
    weakTerminals: chars(base?.weak_terminals, own?.weak_terminals),
    notTerminals: chars(base?.not_terminals, own?.not_terminals),
    neverFinal,
    beforeNumber,
    mayEnd,
    numericSuffixes,
    sentenceStarters: keys(base?.sentence_starters, own?.sentence_starters),
    ordinalDot: own?.ordinal_dot ?? base?.ordinal_dot ?? false,
    initialsAfterName: own?.initials_after_name ?? base?.initials_after_name ?? 'merge',
    maxWords: Math.max(1, ...all.map((k) => k.split(' ').length)),
    finalWords: new Set(all.map((k) => k.split(' ').pop() ?? k)),
  }
}

const compiled = new Map<string, SegmentRules>()

/** The rules for a language code ('und' and languages without a file get the base rules). */
export function segmentRules(language: string): SegmentRules {
  const iso = /^[a-z]{2,3}$/.test(language) ? language : '_base'
  let rules = compiled.get(iso)
  if (rules === undefined) {
    const base = languageData('segment', '_base', SegmentFileSchema)
    const own = iso === '_base' ? null : languageData('segment', iso, SegmentFileSchema)
    rules = compile(base, own)
    compiled.set(iso, rules)
  }
  return rules
}
