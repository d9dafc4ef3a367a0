/**
 * How lines are compared with cue phrases: lower case, NFC, spaces collapsed,
 * and punctuation or symbols at either edge dropped ("• Read more »" →
 * "read more"). Turkish and Azerbaijani dotted/dotless i are folded to plain
 * i, because upper case loses the distinction ("SIRADAKİ HABER" must meet
 * "Sıradaki haber") and the language is not known yet.
 */

export function foldDotlessI(text: string): string {
  return text.replace(/[ıİ]/g, 'i').replace(/I/g, 'i')
}

/** Lower case with i folded; the input is NFC already (cleaning normalises first, cue data is normalised on load). */
export function lower(text: string): string {
  return foldDotlessI(text).toLowerCase().replace(/\s+/g, ' ').trim()
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * Drop punctuation and symbols at both edges. Note: by scanning, not with
 * /[^\p{L}\p{N}]+$/, which backtracks quadratically over a long run of
 * punctuation inside a line (a line of 300 000 commas took minutes).
 */
function trimToWords(text: string): string {
  let start = 0
  while (start < text.length) {
    const char = String.fromCodePoint(text.codePointAt(start) ?? 0)
    if (WORD_CHAR.test(char)) break
    start += char.length
  }
  let end = text.length
  while (end > start) {
    const low = text.charCodeAt(end - 1)
    const pair = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start ? 2 : 1
    if (WORD_CHAR.test(text.slice(end - pair, end))) break
    end -= pair
  }
  return text.slice(start, end)
}

/** A line lower-cased (see lower) and its comparison key. */
interface LineForms {
  readonly low: string
  readonly key: string
}

const memo = new Map<string, LineForms>()

/** Both forms of a line, memoised: each pass asks again for the same lines, and furniture tests need both. */
function forms(text: string): LineForms {
  let f = memo.get(text)
  if (f === undefined) {
    if (memo.size > 20_000) memo.clear()
    const low = lower(text)
    f = { low, key: trimToWords(low) }
    memo.set(text, f)
  }
  return f
}

/** The comparison key of a line. */
export function lineKey(text: string): string {
  return forms(text).key
}

/** lower(text), from the same memo as lineKey. */
export function lineLower(text: string): string {
  return forms(text).low
}

/** What follows `cue` at the start of `key`, or null when the key does not start with the cue as whole words. */
export function afterCue(key: string, cue: string): string | null {
  if (!key.startsWith(cue)) return null
  const rest = key.slice(cue.length)
  if (rest !== '' && /^[\p{L}\p{N}\p{M}]/u.test(rest)) return null
  return rest
}
