/**
 * Numbers that ICU mistakes for sentence ends. "3.5" and "10.11.2020" are
 * already whole; what is left: an enumerator or other letter-less piece
 * ("1.", "2)", "—") belongs to the sentence after it; a number with a dot
 * followed by another number ("10. 11. 2020") continues; and in languages
 * with ordinal dots (`ordinal_dot`: de "am 10. November", tr "2. Dünya
 * Savaşı") a short number with a dot before a word is an ordinal. Four-digit
 * numbers are left alone there: "… im Jahr 2020. Danach …" is a real end.
 */
import type { Span } from '../../core/span.js'
import { headKind, mergeWhere } from '../spans.js'
import type { Pass, PassContext } from './types.js'

const MAX_ENUMERATOR = 12
const LETTER = /\p{L}/u
const NUMBER_DOT = /\p{N}\.$/u
const ORDINAL = /[\s(\[«"“„]\p{N}{1,3}\.$/u
const WHOLE_ORDINAL = /^\p{N}{1,3}\.$/u

function joinAfterNumber({ text, rules }: PassContext, left: Span, right: Span): boolean {
  if (left.end - left.start <= MAX_ENUMERATOR && !LETTER.test(text.slice(left.start, left.end))) return true
  const tail = text.slice(Math.max(left.start, left.end - 8), left.end)
  if (!NUMBER_DOT.test(tail)) return false
  const head = headKind(text, right)
  if (head === 'digit') return true
  if (!rules.ordinalDot || (head !== 'upper' && head !== 'lower')) return false
  return ORDINAL.test(tail) || (left.end - left.start <= 8 && WHOLE_ORDINAL.test(tail))
}

export const numbers: Pass = (ctx, spans) => mergeWhere(spans, (left, right) => joinAfterNumber(ctx, left, right))
