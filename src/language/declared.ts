/**
 * Language codes as metadata writes them ("ru-RU", "en_us", "eng", "fre",
 * "iw") normalised to the ISO 639-1 subtag, and a script test that tells
 * whether a declared language can be the language of a text at all.
 * Everything comes from ICU (Intl), so no language is named here.
 */

import { countClass } from '../core/char-class.js'

/** The language subtag of a declared code, or null when it says nothing ("und", "x-default", ""). */
export function normaliseDeclared(declared: string | null): string | null {
  if (declared === null) return null
  const first = declared.split(/[,;\s]+/).find((part) => part !== '')
  if (first === undefined) return null
  try {
    const [canonical] = Intl.getCanonicalLocales(first.replace(/_/g, '-'))
    if (canonical === undefined) return null
    const language = new Intl.Locale(canonical).language.toLowerCase()
    // 'und' (undetermined), 'mul' (several), 'zxx' (no linguistic content) are no declaration.
    if (language === 'und' || language === 'mul' || language === 'zxx' || language === 'root') return null
    // BCP 47 allows 5–8 letter primary subtags, so "english" parses; no real code is longer than 3.
    return /^[a-z]{2,3}$/.test(language) ? language : null
  } catch {
    return null // not a BCP 47 tag ("english", "x-default"): ignore it rather than guess.
  }
}

const scriptRegex = new Map<string, RegExp | null>()

function scriptPattern(script: string): RegExp | null {
  if (!scriptRegex.has(script)) {
    let pattern: RegExp | null = null
    try {
      pattern = new RegExp(`\\p{Script=${script}}`, 'gu')
    } catch {
      pattern = null // a script ICU knows but the regex engine does not: no check.
    }
    scriptRegex.set(script, pattern)
  }
  return scriptRegex.get(script) ?? null
}

/** The usual script of a language ('ru' → 'Cyrl'), or null when ICU does not know it. */
export function likelyScript(language: string): string | null {
  try {
    return new Intl.Locale(language).maximize().script ?? null
  } catch {
    return null
  }
}

/** Share (0–1) of the letters of `text` written in the usual script of `language`; 1 when unknown. */
export function scriptShare(text: string, language: string, letters: number): number {
  const script = likelyScript(language)
  const pattern = script === null ? null : scriptPattern(script)
  if (pattern === null || letters === 0) return 1
  return countClass(text, pattern.source) / letters
}
