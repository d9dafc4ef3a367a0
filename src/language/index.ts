/**
 * Language identification: takes a document's cleaned text and the language
 * its metadata declares (`<html lang>`, feed `<language>`, a JSONL field, in
 * any common spelling), gives an ISO 639-1 code, or 'und' when neither the
 * text nor the metadata can tell.
 *
 * When metadata is trusted: a declaration is a strong prior, because the
 * publisher usually knows the language of the page; but it is often a
 * site-wide template value (an English `lang="en"` on a site that also
 * publishes Russian articles) or a channel-level feed `<language>` that
 * does not hold for every item. So:
 *   - a declaration whose script does not match the text is ignored
 *     ("ru" on a page written in Latin letters);
 *   - a declaration is kept when the text is short, when the text is unclear,
 *     when the text agrees, when eld does not know the declared language, and
 *     when the declared language scores close to the best one (close
 *     relatives such as tr/az or ru/uk cannot be told apart from the text
 *     reliably, so the publisher's word wins);
 *   - the text wins only when it is clearly in another language: most
 *     windows agree, and the declared language scores well below the best
 *     (LONG_LETTERS, about three sentences) or, for a single paragraph
 *     (MEDIUM_LETTERS), further below it.
 *
 * Emits no messages (no ruleIds): an undecidable text is simply 'und'.
 *
 * Example:
 *   detectLanguage('Ngoại trưởng hai nước đã gặp nhau tại Almaty …', 'en-US') → 'vi'
 *   detectLanguage('Peace talks resume in Berlin', 'de')                       → 'de'
 *   detectLanguage('Baku', null)                                               → 'und'
 */
import type { LanguageCode } from '../core/doc.js'
import { normaliseDeclared, scriptShare } from './declared.js'
import { eldLanguages } from './eld.js'
import { countLetters, guessFromText, type TextGuess } from './guess.js'

/** Below this many letters a text is too short to tell (a name, "OK", a date, a 2-word label). */
export const MIN_LETTERS = 15
/** From this many letters (about three sentences) the text may overrule the metadata. */
export const LONG_LETTERS = 250
/** A shorter text (a paragraph) may overrule it only when the declared language is further off. */
const MEDIUM_LETTERS = 100
const FAR_RELATIVE = 0.8
/** Scores closer than this (relative) are a tie: eld cannot tell. */
const MIN_MARGIN = 0.015
/** The best language must win at least this share of the text's windows. */
const MIN_AGREEMENT = 0.5
/** Overruling metadata needs this much agreement ... */
const OVERRULE_AGREEMENT = 0.8
/** ... and the declared language scoring at most this much of the best. */
const OVERRULE_RELATIVE = 0.9
/** A declared language must write at least this share of the letters in its usual script. */
const MIN_SCRIPT_SHARE = 0.5

function reliableGuess(guess: TextGuess | null): string | null {
  if (guess === null || guess.best === null) return null
  if (guess.margin < MIN_MARGIN || guess.agreement < MIN_AGREEMENT) return null
  return guess.best
}

function textOverrules(guess: TextGuess, claim: string): boolean {
  if (guess.letters < MEDIUM_LETTERS || guess.agreement < OVERRULE_AGREEMENT) return false
  if (!eldLanguages().has(claim)) return false // eld cannot judge a language it does not know.
  const relative = guess.relative.get(claim) ?? 0
  return relative <= (guess.letters >= LONG_LETTERS ? OVERRULE_RELATIVE : FAR_RELATIVE)
}

export function detectLanguage(text: string, declared: string | null): LanguageCode {
  const letters = countLetters(text)
  const claim = normaliseDeclared(declared)
  const guess = letters >= MIN_LETTERS ? guessFromText(text, letters) : null
  const fromText = reliableGuess(guess)
  if (claim === null || scriptShare(text, claim, letters) < MIN_SCRIPT_SHARE) return fromText ?? 'und'
  if (fromText === null || fromText === claim || guess === null) return claim
  return textOverrules(guess, claim) ? fromText : claim
}
