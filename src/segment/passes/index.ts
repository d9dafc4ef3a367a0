/**
 * The passes run, in this order, on the ICU spans of each line. Splits come
 * first (so that the joins see final pieces), then the joins, from the most
 * specific evidence (a listed abbreviation) to the most general (numbers).
 */
import { abbreviations } from './abbreviations.js'
import { closingPunctuation } from './closing-punctuation.js'
import { ellipsis } from './ellipsis.js'
import { initials } from './initials.js'
import { notTerminals } from './not-terminals.js'
import { numbers } from './numbers.js'
import { splitTerminals } from './split-terminals.js'
import type { Pass } from './types.js'

export const PASSES: readonly Pass[] = [
  closingPunctuation,
  splitTerminals,
  ellipsis,
  notTerminals,
  abbreviations,
  initials,
  numbers,
]
