/**
 * Pass 1: Unicode hygiene. NFC; line breaks inside a block split it; zero-width
 * and bidi control characters, soft hyphens and other controls go; every kind
 * of space becomes a plain space and runs collapse. ZWNJ/ZWJ are kept between
 * letters of scripts whose spelling needs them (Arabic script, Indic, emoji
 * sequences) and removed elsewhere, where they are only copy-paste residue.
 */
import { block, type Block, type PassResult } from '../blocks.js'

const INVISIBLE = /[\u00ad\u034f\u061c\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufe00-\ufe0e]/gu
const JOINER_SCRIPTS = String.raw`\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Extended_Pictographic}\p{M}`
const STRAY_JOINER = new RegExp(`(?<![${JOINER_SCRIPTS}])[\\u200c\\u200d]|[\\u200c\\u200d](?![${JOINER_SCRIPTS}])`, 'gu')
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/gu
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu
const BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/u

/** Normalise one line (no line breaks expected). */
export function normaliseLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(STRAY_JOINER, '')
    .replace(CONTROL, '')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
}

export function normalise(blocks: readonly Block[]): PassResult {
  const out: Block[] = []
  for (const b of blocks) {
    for (const line of b.text.split(BREAKS)) {
      const text = normaliseLine(line)
      if (text !== '') out.push(block(text, b.rawStart, b))
    }
  }
  return { blocks: out, messages: [] }
}
