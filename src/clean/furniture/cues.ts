/**
 * Line tests against the furniture data: is this line furniture by itself,
 * a "read more" lead-in (and of which form), a teaser-list heading?
 */
import type { Furniture } from './data.js'
import { afterCue, lineKey, lineLower } from './keys.js'

/** Lines longer than this are prose, whatever they start with. */
const MAX_FURNITURE_CHARS = 300

export type ReadMoreForm =
  /** The cue alone on its line: what follows it is a list of other articles. */
  | 'alone'
  /** Cue and a headline on one line ("Read more: ..."). */
  | 'inline'
  /** A short line closing with the cue ("Jane Doe Read more"). */
  | 'trailing'

const SEPARATOR = /^\s*[:：»›>|/\-–—]/u
const TERMINAL = /[.!?։;]["'»”’)\]]*$/u

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}

export function isListHeading(text: string, data: Furniture): boolean {
  return text.length <= 80 && data.listHeadings.has(lineKey(text))
}

// Several passes ask about the same lines: the answers are kept per furniture set (bounded).
const MEMO_LIMIT = 20_000
const memos = new WeakMap<Furniture, Map<string, ReadMoreForm | null>>()

/** The form of a "read more" lead-in on this line, or null. */
export function readMoreForm(text: string, data: Furniture): ReadMoreForm | null {
  if (text.length > MAX_FURNITURE_CHARS) return null
  let memo = memos.get(data)
  if (memo === undefined) memos.set(data, (memo = new Map()))
  let form = memo.get(text)
  if (form === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(text, (form = readMoreFormOf(text, data)))
  }
  return form
}

function readMoreFormOf(text: string, data: Furniture): ReadMoreForm | null {
  const key = lineKey(text)
  const first = /^[\p{L}\p{N}\p{M}]+/u.exec(key)?.[0] ?? ''
  for (const cue of data.readMoreByFirst.get(first) ?? []) {
    const rest = afterCue(key, cue)
    if (rest === null) continue
    if (rest === '') return 'alone'
    if (SEPARATOR.test(rest)) return 'inline'
    // Without a separator only several-word cues count, followed by a headline, not a sentence.
    if (cue.includes(' ') && !TERMINAL.test(text) && wordCount(rest) <= 20) return 'inline'
  }
  const last = /[\p{L}\p{N}\p{M}]+$/u.exec(key)?.[0] ?? ''
  for (const cue of data.readMoreByLast.get(last) ?? []) {
    if (key.endsWith(` ${cue}`) && wordCount(key) <= 8) return 'trailing'
  }
  return null
}

function hasPrefix(low: string, data: Furniture): boolean {
  const bare = low.replace(/^[^\p{L}\p{N}]+/u, '')
  return data.prefixes.some((prefix) => {
    const rest = afterCue(bare, prefix)
    return rest !== null && /^\s*[:：]/u.test(rest)
  })
}

/**
 * A line that is furniture by itself. Lead-ins and list headings are left to
 * the teaser passes, which also drop what follows them.
 */
export function isFurnitureLine(text: string, data: Furniture): boolean {
  if (text.length > MAX_FURNITURE_CHARS) return false
  const key = lineKey(text)
  if (key === '') return true // punctuation, symbols or emoji only
  if (data.listHeadings.has(key) || readMoreForm(text, data) !== null) return false
  if (data.lines.has(key)) return true
  const low = lineLower(text)
  return (data.pattern !== null && (data.pattern.test(low) || data.pattern.test(key))) || hasPrefix(low, data)
}
