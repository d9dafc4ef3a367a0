/**
 * Cutting a document into the windows eld is fed. eld reads only the first
 * ~350 UTF-8 bytes of what it is given, so a long text is cut at word
 * boundaries into windows of about that size, and at most MAX_WINDOWS of them,
 * spread evenly over the document, are scored: the whole text takes part
 * (page furniture at the top is outvoted) without scoring a 1 MB dump in full.
 */
import { countClass } from '../core/char-class.js'

const WINDOW_BYTES = 320
const MAX_WINDOWS = 32

function utf8Bytes(code: number): number {
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  if (code >= 0xd800 && code < 0xe000) return 2 // half of a surrogate pair (4 bytes per pair)
  return 3
}

export interface Window {
  readonly text: string
  readonly letters: number
}

const EXCERPT_AT = 64_000
const EXCERPTS = 48
const EXCERPT_CHARS = 1_000

/**
 * A long text reduced to evenly spaced excerpts before it is cut into windows,
 * so that a 1 MB dump is not split into words in full only to sample 32 windows.
 */
function excerpted(text: string): string {
  if (text.length <= EXCERPT_AT) return text
  const step = (text.length - EXCERPT_CHARS) / (EXCERPTS - 1)
  const parts: string[] = []
  for (let i = 0; i < EXCERPTS; i++) {
    const from = Math.round(i * step)
    // Drop the first and last (possibly cut) words of each excerpt.
    parts.push(text.slice(from, from + EXCERPT_CHARS).replace(/^\S*\s+|\s+\S*$/g, ''))
  }
  return parts.join(' ')
}

/** All windows of the text, in order (words never split). */
export function windows(whole: string): Window[] {
  const text = excerpted(whole)
  const out: Window[] = []
  let current = ''
  let bytes = 0
  let letters = 0
  for (const word of text.split(/\s+/)) {
    if (word === '') continue
    let wordBytes = 0
    for (let i = 0; i < word.length; i++) wordBytes += utf8Bytes(word.charCodeAt(i))
    const wordLetters = countClass(word, '\\p{L}')
    if (bytes > 0 && bytes + wordBytes + 1 > WINDOW_BYTES) {
      if (letters > 0) out.push({ text: current, letters })
      current = ''
      bytes = 0
      letters = 0
    }
    current = current === '' ? word : `${current} ${word}`
    bytes += wordBytes + 1
    letters += wordLetters
  }
  if (letters > 0) out.push({ text: current, letters })
  return out
}

/** At most MAX_WINDOWS windows, evenly spaced, always including the first and the last. */
export function sampleWindows(all: readonly Window[]): Window[] {
  if (all.length <= MAX_WINDOWS) return [...all]
  const out: Window[] = []
  const step = (all.length - 1) / (MAX_WINDOWS - 1)
  for (let i = 0; i < MAX_WINDOWS; i++) {
    const w = all[Math.round(i * step)]
    if (w !== undefined) out.push(w)
  }
  return out
}
