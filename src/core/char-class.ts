/**
 * Counting the characters of a class (letters, a script) in a text, and
 * finding its runs (words), without a match object per character or word:
 * `text.matchAll(/\p{L}/gu)` allocates one for every letter of every
 * document. Each class keeps a table of its answers for the UTF-16 units met
 * so far (astral characters are tested as pairs), so the results are exactly
 * what the regex would match.
 */

export interface CharClass {
  readonly test: RegExp
  /** Per BMP code unit: 0 not yet known, 1 in the class, 2 not. */
  readonly bmp: Uint8Array
  readonly astral: Map<number, boolean>
}

const classes = new Map<string, CharClass>()

/** The class of code points `source` matches (a regex source matching one code point), built once. */
export function charClass(source: string): CharClass {
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
  for (let i = 0; i < text.length; ) {
    const width = unitsAt(c, text, i, text.length)
    if (width > 0) n++
    i += Math.abs(width)
  }
  return n
}

/**
 * The maximal runs of `source`'s characters in text[from, to), as flat
 * [start, end, start, end, ...] offsets: what `text.slice(from, to).matchAll(/(?:source)+/gu)`
 * finds, shifted by `from`.
 */
export function classRuns(text: string, source: string, from = 0, to = text.length): number[] {
  const c = charClass(source)
  const runs: number[] = []
  let start = -1
  for (let i = from; i < to; ) {
    const width = unitsAt(c, text, i, to)
    if (width > 0 && start < 0) start = i
    else if (width < 0 && start >= 0) {
      runs.push(start, i)
      start = -1
    }
    i += Math.abs(width)
  }
  if (start >= 0) runs.push(start, to)
  return runs
}

/** The code point at text[i] (a pair counts only if both halves are before `to`): its width in units, negative when it is not in the class. */
export function unitsAt(c: CharClass, text: string, i: number, to: number): number {
  const code = text.charCodeAt(i)
  if (code >= 0xd800 && code < 0xdc00 && i + 1 < to) {
    const low = text.charCodeAt(i + 1)
    if (low >= 0xdc00 && low < 0xe000) {
      const point = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000
      let yes = c.astral.get(point)
      if (yes === undefined) c.astral.set(point, (yes = c.test.test(String.fromCodePoint(point))))
      return yes ? 2 : -2
    }
  }
  return inClass(c, code) ? 1 : -1
}

/** Whether one UTF-16 unit (a BMP character, or a lone surrogate) is in the class. */
export function inClass(c: CharClass, code: number): boolean {
  let v = c.bmp[code]!
  if (v === 0) c.bmp[code] = v = c.test.test(String.fromCharCode(code)) ? 1 : 2
  return v === 1
}
