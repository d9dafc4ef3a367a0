/**
 * One language's context words (connectors, venue prepositions, region
 * heads...), folded the way that language's text is folded, as sets for
 * constant-time lookups while resolving mentions.
 */
import { foldKey, type FoldMode } from '../../core/lexicon-matcher.js'
import { morphologyFor } from '../../core/morphology.js'
import { languageData } from '../../languages/index.js'
import { LanguageActorsSchema } from './schema.js'

export interface LanguageVocab {
  readonly lang: string
  readonly fold: FoldMode
  readonly connectors: ReadonlySet<string>
  readonly articles: ReadonlySet<string>
  readonly honorifics: ReadonlySet<string>
  readonly venueBefore: ReadonlySet<string>
  readonly venueSkip: ReadonlySet<string>
  readonly venueTails: ReadonlySet<string>
  readonly genitiveTails: ReadonlySet<string>
  readonly venueAfter: ReadonlySet<string>
  readonly regionBefore: ReadonlySet<string>
  readonly regionAfter: ReadonlySet<string>
  readonly attributiveBefore: ReadonlySet<string>
  readonly attributiveAfter: ReadonlySet<string>
  /** Longest phrase (in words) of the sets above, bounding look-behind. */
  readonly maxPhraseWords: number
}

export function compileVocab(lang: string): LanguageVocab {
  const data = (/^[a-z]{2,3}$/.test(lang) ? languageData('actors', lang, LanguageActorsSchema) : null) ?? LanguageActorsSchema.parse({})
  const mode = morphologyFor(lang).fold
  let maxWords = 1
  const set = (words: readonly string[]): Set<string> => {
    const out = new Set<string>()
    for (const w of words) {
      const key = foldKey(w, mode)
      maxWords = Math.max(maxWords, key.split(' ').length)
      out.add(key)
    }
    return out
  }
  // Tails are compared after full folding and without their apostrophe (see core/morphology).
  const tails = (words: readonly string[]): Set<string> => new Set(words.map((w) => foldKey(w, 'full')))
  return {
    lang,
    fold: mode,
    connectors: set(data.connectors),
    articles: set(data.articles),
    honorifics: set(data.honorifics),
    venueBefore: set(data.venue.before),
    venueSkip: set(data.venue.skip),
    venueTails: tails(data.venue.tails),
    genitiveTails: tails(data.venue.genitiveTails),
    venueAfter: set(data.venue.after),
    regionBefore: set(data.regionHeads.before),
    regionAfter: set(data.regionHeads.after),
    attributiveBefore: set(data.attributive.before),
    attributiveAfter: set(data.attributive.after),
    maxPhraseWords: maxWords,
  }
}
