/**
 * Characters that Unicode normalisation (NFC) leaves as they are whatever
 * surrounds them: not a combining mark, not a Hangul vowel or final jamo
 * (the only other characters that compose with what precedes them), and
 * their own NFC form. A word made of these alone is its own NFC, so folding
 * it is folding its characters one by one (see ./tokens.ts). Astral
 * characters and lone surrogates are not looked at: they count as unstable.
 */

const MARK = /^\p{M}$/u
/** Per BMP code unit: 0 not yet known, 1 stable, 2 not. */
const STABLE = new Uint8Array(0x10000)

function isStable(code: number): boolean {
  let v = STABLE[code]!
  if (v === 0) {
    const ch = String.fromCharCode(code)
    const composes = (code >= 0x1161 && code <= 0x1175) || (code >= 0x11a8 && code <= 0x11c2)
    const unstable = (code >= 0xd800 && code < 0xe000) || composes || MARK.test(ch) || ch.normalize('NFC') !== ch
    STABLE[code] = v = unstable ? 2 : 1
  }
  return v === 1
}

/** Whether every character of text[start, end) is stable. */
export function stableRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x300 && !isStable(code)) return false // (below U+0300 every character is stable)
  }
  return true
}
