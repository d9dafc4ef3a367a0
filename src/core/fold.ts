/**
 * Folding for matching and search: lower case, strip combining marks, and the
 * letters NFD leaves alone (đ, ə, ı, ł, ø...). The folded string has the same
 * length as the input *per code point* only when no mark is removed, so
 * matchers that need offsets use `foldWithMap`.
 */
const EXTRA: Record<string, string> = {
  đ: 'd', Đ: 'd', ə: 'e', Ə: 'e', ı: 'i', İ: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', ß: 'ss', ё: 'е', Ё: 'е',
  '’': "'", 'ʼ': "'", '‘': "'",
}

const charCache = new Map<string, string>()

function foldChar(ch: string): string {
  let out = charCache.get(ch)
  if (out === undefined) {
    out = ''
    for (const part of ch.normalize('NFD')) {
      if (/\p{M}/u.test(part)) continue
      out += EXTRA[part] ?? part.toLowerCase()
    }
    charCache.set(ch, out)
  }
  return out
}

/** Fold a string for keys and search (no offsets kept). */
export function fold(input: string): string {
  // Note: ASCII needs only lower-casing; the per-character path (cached) is for the rest.
  if (/^[\x00-\x7f]*$/.test(input)) return input.toLowerCase()
  let out = ''
  for (const ch of input) out += foldChar(ch)
  return out.normalize('NFC')
}

/**
 * Fold and keep, for every UTF-16 unit of the folded output, the offset of
 * the input unit it came from (plus a final entry for the end), so that a
 * match found in folded text maps back to the original text exactly.
 */
export function foldWithMap(input: string): { folded: string; map: number[] } {
  let folded = ''
  const map: number[] = []
  let offset = 0
  for (const ch of input) {
    const out = foldChar(ch)
    for (let i = 0; i < out.length; i++) map.push(offset)
    folded += out
    offset += ch.length
  }
  map.push(offset)
  return { folded, map }
}
