/**
 * Join sentences that ICU split after an abbreviation ("Dr.", "Jan.",
 * "т.е.", "z. B.", "TP.", "թ."). The words on both sides of the boundary are
 * looked up in the language's lists (with _base), so that an abbreviation of
 * several words is found even when ICU split inside it ("z." | "B. ein …").
 * Each list says when its entries may still end a sentence (see rules.ts).
 */
import type { Span } from '../../core/span.js'
import type { SegmentRules } from '../rules.js'
import { headKind, headWords, mergeWhere, tailWords, type HeadKind } from '../spans.js'
import type { Pass } from './types.js'

const LEADING = /^[\p{Ps}\p{Pi}"'«„‚‹]+/u
const NUMBER = /^\p{N}[\p{N}.,\-–]*$/u
const GLUED_SUFFIX = /^\p{N}+(\p{L}+)$/u

function continues(head: HeadKind): boolean {
  return head === 'lower' || head === 'digit' || head === 'other'
}

/** Decide for an abbreviation `key` that ends right at the boundary; null when it is no abbreviation. */
function decide(rules: SegmentRules, key: string, before: string | undefined, head: HeadKind): boolean | null {
  if (rules.neverFinal.has(key)) return true
  if (rules.numericSuffixes.has(key)) return before !== undefined && NUMBER.test(before) ? continues(head) : true
  if (rules.beforeNumber.has(key)) return head === 'digit' || head === 'lower'
  if (rules.mayEnd.has(key)) return continues(head)
  return null
}

function isAbbreviation(rules: SegmentRules, key: string): boolean {
  return rules.neverFinal.has(key) || rules.beforeNumber.has(key) || rules.mayEnd.has(key) || rules.numericSuffixes.has(key)
}

/** Lookup key of words seen in the text (already NFC): lower case, no final dot. */
function keyOf(words: readonly string[]): string {
  return words.join(' ').toLowerCase().replace(/\.$/, '')
}

/** An abbreviation that spans the boundary ("z." | "B.") is inside a sentence whatever follows. */
function spansBoundary(rules: SegmentRules, own: readonly string[], next: readonly string[]): boolean {
  for (let m = 1; m <= Math.min(rules.maxWords - own.length, next.length); m++) {
    const last = next[m - 1] ?? ''
    // Cheap test first: the last word must end with a dot and end some entry.
    if (!last.endsWith('.') || !rules.finalWords.has(keyOf([last]))) continue
    if (isAbbreviation(rules, keyOf([...own, ...next.slice(0, m)]))) return true
  }
  return false
}

function joinAfterAbbreviation(text: string, rules: SegmentRules, left: Span, right: Span): boolean {
  if (text[left.end - 1] !== '.') return false
  const prev = tailWords(text, left, rules.maxWords + 1)
  const next = headWords(text, right, rules.maxWords - 1)
  const endsEntry = rules.finalWords.has(keyOf(prev.slice(-1)))
  const head = headKind(text, right)
  // Longest first: "и т.д." (may end) must win over "т.д." inside it.
  for (let k = Math.min(rules.maxWords, prev.length); k >= 1; k--) {
    const own = prev.slice(-k)
    own[0] = (own[0] ?? '').replace(LEADING, '')
    if (spansBoundary(rules, own, next)) return true
    if (!endsEntry) continue
    const verdict = decide(rules, keyOf(own), prev[prev.length - k - 1]?.replace(LEADING, ''), head)
    if (verdict !== null) return verdict
  }
  const glued = GLUED_SUFFIX.exec(keyOf(prev.slice(-1)))
  if (glued?.[1] !== undefined && rules.numericSuffixes.has(glued[1])) return continues(head)
  return false
}

export const abbreviations: Pass = ({ text, rules }, spans) =>
  mergeWhere(spans, (left, right) => joinAfterAbbreviation(text, rules, left, right))
