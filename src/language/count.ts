/**
 * Counting the characters of a class (letters, a script) in a text without
 * a match object per character: `text.matchAll(/\p{L}/gu)` allocates one for
 * every letter of every document. Each class keeps a table of its answers for
 * the UTF-16 units met so far (astral characters are tested as pairs), so the
 * count is exactly the number of code points the regex would match.
 */

interface CharClass {
  readonly test: RegExp
  /** Per BMP code unit: 0 not yet known, 1 in the class, 2 not. */
  readonly bmp: Uint8Array
  readonly astral: Map<number, boolean>
}

const classes = new Map<string, CharClass>()

function charClass(source: string): CharClass {
  let c = classes.get(source)
  if (c === undefined) classes.set(source, (c = { test: new RegExp(`^(?:${source})$`, 'u'), bmp: new Uint8Array(0x10000), astral: new Map() }))
  return c
}

/**
 * How many code points of `text` match `source`, a regex source that matches
 * exactly one code point ("\\p{L}", "\\p{Script=Cyrl}"); lone surrogates are
 * tested as themselves, as a /u regex sees them.
 */
export function countClass(text: string, source: string): number {
  const c = charClass(source)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low < 0xe000) {
        const point = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000
        let yes = c.astral.get(point)
        if (yes === undefined) c.astral.set(point, (yes = c.test.test(String.fromCodePoint(point))))
        if (yes) n++
        i++
        continue
      }
    }
    let v = c.bmp[code]!
    if (v === 0) c.bmp[code] = v = c.test.test(String.fromCharCode(code)) ? 1 : 2
    if (v === 1) n++
  }
  return n
}
