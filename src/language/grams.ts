/**
 * eld's byte n-grams as numbers, for scoring without a string per n-gram.
 *
 * eld writes a text as one character per UTF-8 byte (ASCII as itself, other
 * bytes through its dictionary, all codes below 256) and looks up n-grams of
 * up to 6 such characters in a Map of strings; building, hashing and
 * comparing those strings was most of the language stage. Here an n-gram of
 * at most 6 characters is the number length·2^48 + Σ code_i·256^i (exact in
 * a double, one number per string), looked up in an open-addressing table.
 * The rare longer n-gram (only from a word over 70 bytes) is never a key of
 * the database and is only counted.
 */

/** Longest n-gram a number holds (the database's longest key). */
export const MAX_GRAM = 6
const LOW = 0x1000000 // 2^24: a key is hi·2^24 + lo, lo holding the first 3 characters

/** The number of the characters codes[from, to) with optional spaces around them; -1 when too long. */
export function gramKey(codes: Uint8Array, from: number, to: number, lead: boolean, trail: boolean): number {
  const length = to - from + (lead ? 1 : 0) + (trail ? 1 : 0)
  if (length > MAX_GRAM) return -1
  let key = 0
  let scale = 1
  if (lead) {
    key = 32
    scale = 256
  }
  for (let i = from; i < to; i++, scale *= 256) key += codes[i]! * scale
  if (trail) key += 32 * scale
  return key + length * 2 ** 48
}

/** The number of a key string of the database (characters below 256), or -1. */
export function stringKey(text: string): number {
  if (text.length > MAX_GRAM) return -1
  let key = 0
  for (let i = 0, scale = 1; i < text.length; i++, scale *= 256) {
    const c = text.charCodeAt(i)
    if (c > 255) return -1
    key += c * scale
  }
  return key + text.length * 2 ** 48
}

function slotOf(key: number, mask: number): number {
  const hi = Math.floor(key / LOW)
  const lo = key - hi * LOW
  let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77)
  h ^= h >>> 15
  return h & mask
}

/**
 * Keys (numbers from gramKey / stringKey) to entry indexes: open addressing,
 * each slot a key and its entry side by side (one cache line per probe).
 */
export class GramIndex {
  private readonly slots: Float64Array
  private readonly mask: number

  constructor(keys: readonly number[]) {
    let size = 1024
    while (size < keys.length * 3) size *= 2
    this.slots = new Float64Array(2 * size) // key 0: empty (no key is 0: its length is at least 1)
    this.mask = size - 1
    keys.forEach((key, e) => {
      let s = slotOf(key, this.mask)
      while (this.slots[2 * s] !== 0 && this.slots[2 * s] !== key) s = (s + 1) & this.mask
      this.slots[2 * s] = key
      this.slots[2 * s + 1] = e // (a repeated key keeps its last entry, as Map.set does)
    })
  }

  /** The entry of `key`, or -1. */
  get(key: number): number {
    for (let s = slotOf(key, this.mask); ; s = (s + 1) & this.mask) {
      const k = this.slots[2 * s]!
      if (k === key) return this.slots[2 * s + 1]!
      if (k === 0) return -1
    }
  }
}
