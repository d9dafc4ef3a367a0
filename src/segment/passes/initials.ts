/**
 * Join sentences ICU split after an initial or a dotted acronym: "Н. Пашинян",
 * "Ն. Փաշինյան", "D. Trump", "J.-C.", "U.S. officials", "Н.В. Пашинян". Any
 * script with case works (\p{Lu}). A single initial after a capitalised word
 * is a middle initial in English ("Donald J. Trump") but usually the end of
 * a name in Vietnamese ("ông Nguyễn Văn A."), so languages choose with
 * `initials_after_name`. An acronym that ends a sentence is told by the
 * next word: one of the language's `sentence_starters` ("in the U.S. The …")
 * starts a new sentence; any other capitalised word stays joined.
 */
import type { Span } from '../../core/span.js'
import { headKind, headWords, mergeWhere, tailWords } from '../spans.js'
import type { Pass, PassContext } from './types.js'

const LEADING = /^[\p{Ps}\p{Pi}"'«„‚‹]+/u
const INITIALS = /^\p{Lu}(?:\.-?\p{Lu})*\.$/u
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+[,]?$/u
const TRAILING = /[\p{P}]+$/u

function startsSentence({ text, rules }: PassContext, right: Span): boolean {
  if (rules.sentenceStarters.size === 0) return false
  const word = (headWords(text, right, 1)[0] ?? '').replace(LEADING, '').replace(TRAILING, '')
  return rules.sentenceStarters.has(word.toLowerCase())
}

function joinAfterInitial(ctx: PassContext, left: Span, right: Span): boolean {
  const { text, rules } = ctx
  if (text[left.end - 1] !== '.') return false
  const words = tailWords(text, left, 3)
  // The word before counts as a name only when it is not the first of the sentence and not a starter ("Ông D. Trump").
  const before = words.length === 3 ? words[1] : undefined
  const word = (words[words.length - 1] ?? '').replace(LEADING, '')
  if (!INITIALS.test(word)) return false
  if (headKind(text, right) === 'lower') return true
  if (startsSentence(ctx, right)) return false
  const single = word.length === 2
  const name = before?.replace(LEADING, '')
  const afterName = name !== undefined && NAME_WORD.test(name) && !rules.sentenceStarters.has(name.toLowerCase())
  return !(single && afterName && rules.initialsAfterName === 'split')
}

export const initials: Pass = (ctx, spans) => mergeWhere(spans, (left, right) => joinAfterInitial(ctx, left, right))
