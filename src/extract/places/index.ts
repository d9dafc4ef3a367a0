/**
 * Places stage. Takes a segmented TextUnit and the actor mentions already
 * found; gives every gazetteer place named in the text (capitals, conflict
 * places, venues, countries) with its English name, country and real
 * coordinates, except where the same words were taken as an actor
 * ("Baku rejected" is the government of Azerbaijan; "talks in Baku" is a place).
 * Inflected forms ("Berlin'de", "в Москве", "Լաչինի") come from the
 * language's morphology.yaml.
 */
import type { ActorMention, PlaceMention } from '../../core/doc.js'
import { casingOk } from '../../core/lexicon-matcher.js'
import { acceptsTail, morphologyFor } from '../../core/morphology.js'
import { containing, OverlapIndex } from '../../core/overlap.js'
import type { TextUnit } from '../../core/unit.js'
import { loadGazetteer, type PlaceTerm } from './gazetteer.js'

interface Hit {
  readonly start: number
  readonly end: number
  readonly term: PlaceTerm
}

function sentenceIndex(unit: TextUnit, start: number, end: number): number {
  // (sentences are in text order and do not overlap)
  const i = containing(unit.sentences, start, end)
  return i < 0 ? -1 : (unit.sentences[i]?.index ?? -1)
}

export function findPlaces(unit: TextUnit, actors: readonly ActorMention[]): PlaceMention[] {
  const morph = morphologyFor(unit.language)
  const hits: Hit[] = []
  for (const m of loadGazetteer().matcher(morph.fold).match(unit.text)) {
    if (m.tail !== '' && !acceptsTail(m.tail, morph)) continue
    const surface = unit.text.slice(m.start, m.end)
    // a city shares its name with a country ("Grenade"): the curated place or capital wins
    const usable = m.values.filter((t) => (t.lang === null || t.lang === unit.language) && casingOk(surface, t.casing))
    const term = usable.find((t) => t.place.type !== 'country') ?? usable[0]
    if (term) hits.push({ start: m.start, end: m.tail === '' ? m.end : m.wordEnd, term })
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: PlaceMention[] = []
  let reach = -1
  const taken = new OverlapIndex(actors)
  for (const h of hits) {
    if (h.start < reach) continue
    reach = h.end
    if (taken.overlaps(h.start, h.end)) continue
    const sentence = sentenceIndex(unit, h.start, h.end)
    if (sentence < 0) continue
    out.push({ kind: 'place', start: h.start, end: h.end, text: unit.text.slice(h.start, h.end), place: h.term.place, sentence })
  }
  return out
}
