/**
 * What a line looks like, for the teaser heuristics. A teaser list is a run of
 * short title-like lines about other articles; on a page copied to text the
 * tell-tale signs are: the same title twice (image alt + link, on one line or
 * two), snippets cut off with "...", time stamps, link-only blocks (HTML), and
 * list headings or "read more" lead-ins above them.
 */
import type { Block } from '../blocks.js'
import { isListHeading, readMoreForm } from '../furniture/cues.js'
import type { Furniture } from '../furniture/data.js'
import { lineKey } from '../furniture/keys.js'

export type LineClass =
  /** Carries a teaser sign of its own. */
  | 'teaser'
  /** The second copy of a line repeated right after itself (the pair is one teaser card). */
  | 'repeat'
  /** Short and unpunctuated: a title, a subheading, a teaser without signs. */
  | 'headline'
  /** A sentence or a paragraph. */
  | 'prose'

const MAX_HEADLINE_WORDS = 30
const MAX_HEADLINE_CHARS = 220
/** Ends like a sentence: '.', '!', ';', ':' or the Armenian full stop, before closing quotes. */
const SENTENCE_END = /[.!։;:]["'»”’)\]]*$/u
const TRUNCATED = /(?:\.{3}|…)["'»”’)\]]*$/u

export function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}

export function isTruncated(text: string): boolean {
  return TRUNCATED.test(text)
}

export function isHeadlineLike(text: string): boolean {
  const n = words(text)
  if (n === 0 || n > MAX_HEADLINE_WORDS || text.length > MAX_HEADLINE_CHARS) return false
  return isTruncated(text) || !SENTENCE_END.test(text)
}

/** "Title Title": the same title written twice on one line. */
export function isSelfDoubled(text: string): boolean {
  if (text.length < 21) return false
  const half = (text.length - 1) / 2
  if (Number.isInteger(half) && text[half] === ' ' && text.slice(0, half) === text.slice(half + 1)) return true
  const even = text.length / 2
  return Number.isInteger(even) && text.slice(0, even) === text.slice(even)
}

/** The global form of each time-stamp pattern, compiled once. */
const globalForms = new WeakMap<RegExp, RegExp>()

function globalForm(p: RegExp): RegExp {
  let g = globalForms.get(p)
  if (g === undefined) globalForms.set(p, (g = new RegExp(p.source, 'giu')))
  return g
}

/** A title with a time stamp; a bare date line (the page's own date) does not count. */
function isTimestampedTitle(text: string, data: Furniture): boolean {
  if (!data.relativeTime.some((p) => p.test(text))) return false
  const rest = data.relativeTime.reduce((t, p) => t.replace(globalForm(p), ' '), text)
  return (rest.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3
}

function hasOwnTeaserSign(b: Block, data: Furniture): boolean {
  const { text } = b
  if (isListHeading(text, data) || readMoreForm(text, data) !== null) return true
  if (isSelfDoubled(text)) return true
  if (isTruncated(text) && words(text) >= 3) return true
  const headline = isHeadlineLike(text)
  if (b.linkOnly && headline) return true
  return headline && words(text) <= 20 && isTimestampedTitle(text, data)
}

/**
 * What a line is by itself ('teaser' for its own sign, else 'headline' or 'prose'), kept per
 * furniture set because the teaser passes classify the same lines again (bounded).
 */
const MEMO_LIMIT = 20_000
const memos = new WeakMap<Furniture, Map<string, LineClass>>()

function ownClass(b: Block, data: Furniture): LineClass {
  let memo = memos.get(data)
  if (memo === undefined) memos.set(data, (memo = new Map()))
  const key = b.linkOnly ? `1${b.text}` : `0${b.text}`
  let c = memo.get(key)
  if (c === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear()
    c = hasOwnTeaserSign(b, data) ? 'teaser' : isHeadlineLike(b.text) ? 'headline' : 'prose'
    memo.set(key, c)
  }
  return c
}

/** Classify every block; a line repeated right after itself is a teaser sign too. */
export function classify(blocks: readonly Block[], data: Furniture): LineClass[] {
  const keys = blocks.map((b) => lineKey(b.text))
  return blocks.map((b, i) => {
    const key = keys[i] ?? ''
    if (key.length >= 10 && keys[i - 1] === key) return 'repeat'
    if (key.length >= 10 && keys[i + 1] === key) return 'teaser'
    return ownClass(b, data)
  })
}

/** A teaser line or the second copy of one. */
export function teaserish(c: LineClass | undefined): boolean {
  return c === 'teaser' || c === 'repeat'
}
