/**
 * Helpers for the dates tests: a TextUnit from a string (sentences split at
 * end punctuation before a capital, or at a line break) and lookups of the
 * mentions found. Used only by *.test.ts.
 */
import type { DateMention, DocumentDate, Sentence } from '../../core/doc.js'
import { analyseDates } from './index.js'

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = []
  const boundary = /[.!?](?=\s+["“«(]?[\p{Lu}\p{N}])|\n+/gu
  let start = 0
  const push = (end: number): void => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const s = start + lead
    const e = start + raw.trimEnd().length
    if (e > s) out.push({ start: s, end: e, index: out.length })
  }
  for (const m of text.matchAll(boundary)) {
    push(m[0].startsWith('\n') ? m.index : m.index + 1)
    start = m.index + m[0].length
  }
  push(text.length)
  return out
}

export interface Result {
  readonly published: DocumentDate | null
  readonly dates: DateMention[]
}

export function analyse(text: string, language: string, published: string | null): Result {
  return analyseDates({ text, language, sentences: sentencesOf(text) }, published)
}

/** The mention whose text is exactly `surface` (the first one). */
export function mention(result: Result, surface: string): DateMention {
  const found = result.dates.find((d) => d.text === surface)
  if (!found) throw new Error(`no mention "${surface}" among ${JSON.stringify(result.dates.map((d) => d.text))}`)
  return found
}

/** value (or null) of the mention `surface`. */
export function valueOf(result: Result, surface: string): string | null {
  return mention(result, surface).date?.value ?? null
}

/** [text, value, until] of every mention, for compact assertions. */
export function table(result: Result): [string, string | null, string | null][] {
  return result.dates.map((d) => [d.text, d.date?.value ?? null, d.until?.value ?? null])
}
