/**
 * The ordered list of stages: one raw input in, one Analysis out. Order
 * matters and is stated only here; no stage imports another stage.
 */
import { clean } from './clean/index.js'
import { docIdFor } from './core/ids.js'
import type { Analysis, RawDoc } from './core/doc.js'
import { codeEvents } from './code/index.js'
import { findActors, loadActorKb, type ActorKb } from './extract/actors/index.js'
import { analyseDates } from './extract/dates/index.js'
import { findPlaces } from './extract/places/index.js'
import { detectLanguage } from './language/index.js'
import { findPositions, loadProfiles, type ProfileSet } from './negotiation/index.js'
import { segment } from './segment/index.js'

export interface PipelineOptions {
  /** Extra actor YAML files (`parley ingest --actors FILE`). */
  readonly actorFiles?: readonly string[]
  /** A profile name or YAML path (`--profile`); by default each document picks the shipped profile it is about. */
  readonly profile?: string | null
}

/** What every document needs and is built once per process (or worker). */
export interface PipelineContext {
  readonly kb: ActorKb
  readonly profiles: ProfileSet
}

export function createContext(options: PipelineOptions = {}): PipelineContext {
  const profiles = loadProfiles(options.profile ?? null)
  return { kb: loadActorKb([...(options.actorFiles ?? []), ...profiles.actorFiles]), profiles }
}

/** Run every stage on one input. Throws ParleyError('PARLEY_INPUT') for inputs that cannot be used. */
export function analyse(raw: RawDoc, ctx: PipelineContext): Analysis {
  const cleaned = clean(raw) // furniture out, NFC, paragraphs
  const language = detectLanguage(cleaned.text, cleaned.language ?? raw.language)
  const unit = { text: cleaned.text, language, sentences: segment(cleaned.text, language) }
  const actors = findActors(unit, ctx.kb) // states, organisations, persons, metonyms, roles, coreference
  const places = findPlaces(unit, actors) // gazetteer hits not taken as actors
  const { published, dates } = analyseDates(unit, cleaned.published) // document date, then every expression
  const events = codeEvents({ unit, actors, places, dates, published })
  const { profile, positions } = findPositions({ unit, actors, events, dates, published }, ctx.profiles)
  return {
    id: docIdFor(cleaned.text),
    source: raw.source,
    url: cleaned.url,
    title: cleaned.title,
    language,
    published,
    text: cleaned.text,
    sentences: unit.sentences,
    actors,
    places,
    dates,
    events,
    positions,
    profile,
    messages: cleaned.messages,
  }
}
