/**
 * Marks that look like sentence terminals but sit inside words in some
 * languages (the Armenian question and exclamation marks "՞" "՜" go on a
 * vowel of the word they stress). If a split was made right after one, the
 * two sides are joined again.
 */
import { mergeWhere } from '../spans.js'
import type { Pass } from './types.js'

export const notTerminals: Pass = ({ text, rules }, spans) => {
  if (rules.notTerminals.size === 0) return [...spans]
  return mergeWhere(spans, (left) => rules.notTerminals.has(text[left.end - 1] ?? ''))
}
