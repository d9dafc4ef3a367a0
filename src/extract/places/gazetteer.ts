/**
 * The gazetteer, loaded once per process: capitals (generated from GeoNames),
 * curated conflict places and venues (data/places/curated.yaml, which may add
 * aliases to a capital), and countries at their centroid, compiled into one
 * dictionary per folding mode.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { z } from 'zod'
import type { Place } from '../../core/doc.js'
import { ParleyError } from '../../core/errors.js'
import { cached, hashInputs } from '../../core/compiled-cache.js'
import { type Casing, casingOf, type CompiledLexicon, compileLexicon, type FoldMode, LexiconMatcher } from '../../core/lexicon-matcher.js'
import { inflectedForms, morphologyFor } from '../../core/morphology.js'
import { LANGUAGES_DIR } from '../../languages/index.js'

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../data')

const PLACE_TYPES = ['country', 'capital', 'city', 'region', 'border', 'corridor', 'checkpoint', 'village', 'other'] as const

const CuratedSchema = z.object({
  places: z.array(
    z.object({
      id: z.string(),
      name: z.string().optional(),
      type: z.enum(PLACE_TYPES).optional(),
      country: z.string().nullable().optional(),
      lat: z.number().optional(),
      lon: z.number().optional(),
      aliases: z.record(z.string(), z.array(z.string())).default({}),
      held_by: z.string().optional(),
    }),
  ),
})

const CapitalsSchema = z.object({
  capitals: z.array(z.object({ id: z.string(), name: z.string(), country: z.string(), lat: z.number(), lon: z.number(), aliases: z.array(z.string()) })),
})

const CountriesSchema = z.object({
  countries: z.array(z.object({ id: z.string(), name: z.string(), names: z.record(z.string(), z.array(z.string())), lat: z.number(), lon: z.number() })),
})

export interface PlaceTerm {
  readonly place: Place
  readonly casing: Casing
  /** Short names stay in their own language (as for actors). */
  readonly lang: string | null
}

export interface Gazetteer {
  readonly places: ReadonlyMap<string, Place>
  matcher(mode: FoldMode): LexiconMatcher<PlaceTerm>
}

function load<S extends z.ZodType>(file: string, schema: S, yaml: boolean): z.infer<S> {
  const raw: unknown = yaml ? parse(readFileSync(file, 'utf8')) : JSON.parse(readFileSync(file, 'utf8'))
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new ParleyError('PARLEY_CONFIG', `Invalid gazetteer file ${file}: ${parsed.error.issues[0]?.message ?? ''}`)
  return parsed.data
}

function scope(alias: string, lang: string): string | null {
  if (lang === 'any' || casingOf(alias) === 'upper') return null
  return [...alias].filter((c) => /\p{L}/u.test(c)).length <= 4 ? lang : null
}

type AliasTable = Map<string, { alias: string; lang: string }[]>

/** Every place and its aliases (language-tagged) from the three sources. */
function collect(): { places: Map<string, Place>; aliases: AliasTable } {
  const places = new Map<string, Place>()
  const aliases = new Map<string, { alias: string; lang: string }[]>()
  const add = (id: string, list: readonly string[], lang: string): void => {
    aliases.set(id, [...(aliases.get(id) ?? []), ...list.map((alias) => ({ alias, lang }))])
  }
  for (const c of load(join(DATA_DIR, 'actors/countries.json'), CountriesSchema, false).countries) {
    places.set(c.id, { id: c.id, name: c.name, country: c.id, lat: c.lat, lon: c.lon, type: 'country' })
    for (const [lang, list] of Object.entries(c.names)) add(c.id, list, lang === 'native' ? 'any' : lang)
  }
  for (const c of load(join(DATA_DIR, 'places/capitals.json'), CapitalsSchema, false).capitals) {
    places.set(c.id, { id: c.id, name: c.name, country: c.country, lat: c.lat, lon: c.lon, type: 'capital' })
    add(c.id, c.aliases, 'any')
  }
  for (const p of load(join(DATA_DIR, 'places/curated.yaml'), CuratedSchema, true).places) {
    const known = places.get(p.id)
    if (!known && (p.name === undefined || p.lat === undefined || p.lon === undefined)) {
      throw new ParleyError('PARLEY_CONFIG', `Gazetteer place ${p.id} needs name, lat and lon`)
    }
    places.set(p.id, {
      id: p.id, name: p.name ?? known?.name ?? p.id, country: p.country ?? known?.country ?? null,
      lat: p.lat ?? known?.lat ?? null, lon: p.lon ?? known?.lon ?? null, type: p.type ?? known?.type ?? 'other',
      ...(p.held_by ? { heldBy: p.held_by } : {}),
    })
    for (const [lang, list] of Object.entries(p.aliases)) add(p.id, list, lang)
  }
  return { places, aliases }
}

/** The gazetteer as plain data: places, and the dictionary folded in each mode (what the cache keeps). */
interface GazetteerData {
  readonly places: readonly Place[]
  readonly lexicons: Readonly<Record<FoldMode, CompiledLexicon<PlaceTerm>>>
}

function buildData(): GazetteerData {
  const { places, aliases } = collect()
  const entries: [string, PlaceTerm][] = []
  for (const [id, list] of aliases) {
    const place = places.get(id)
    if (!place) continue
    for (const { alias, lang } of list) {
      const morph = lang !== 'any' ? morphologyFor(lang) : null
      const term: PlaceTerm = { place, casing: casingOf(alias), lang: scope(alias, lang) }
      for (const variant of new Set([alias, alias.replace(/-/g, ' ')])) {
        for (const form of morph ? inflectedForms(variant, morph) : [variant]) entries.push([form, term])
      }
    }
  }
  return { places: [...places.values()], lexicons: { full: compileLexicon(entries, 'full'), case: compileLexicon(entries, 'case') } }
}

function build(): Gazetteer {
  const data = cachedGazetteer(buildData)
  const matchers = new Map<FoldMode, LexiconMatcher<PlaceTerm>>()
  return {
    places: new Map(data.places.map((p) => [p.id, p])),
    matcher(mode) {
      let m = matchers.get(mode)
      if (!m) matchers.set(mode, (m = new LexiconMatcher(data.lexicons[mode], mode)))
      return m
    },
  }
}

// The compiled gazetteer on disk (src/core/compiled-cache.ts), keyed by its data files, the
// languages' morphology and the code that builds it: start-up then skips parsing and inflecting.
const HERE = fileURLToPath(import.meta.url)
const EXT = extname(HERE)

function cacheInputs(): string[] {
  const core = join(dirname(HERE), '../../core')
  const languages = readdirSync(LANGUAGES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  return [
    HERE, join(core, `lexicon-matcher${EXT}`), join(core, `morphology${EXT}`), join(core, `fold${EXT}`), join(LANGUAGES_DIR, `index${EXT}`),
    join(DATA_DIR, 'actors/countries.json'), join(DATA_DIR, 'places/capitals.json'), join(DATA_DIR, 'places/curated.yaml'),
    ...languages.map((iso) => join(LANGUAGES_DIR, iso, 'morphology.yaml')),
  ]
}

interface EncodedGazetteer {
  readonly v: 1
  readonly places: readonly Place[]
  /** Distinct terms as [place id, casing, lang]; lexicon values are indices into this list. */
  readonly terms: readonly (readonly [string, Casing, string | null])[]
  readonly lexicons: Readonly<Record<FoldMode, { readonly keys: readonly string[]; readonly values: readonly (readonly number[])[] }>>
}

function encodeGazetteer(g: GazetteerData): string {
  const index = new Map<PlaceTerm, number>()
  const terms: [string, Casing, string | null][] = []
  const id = (t: PlaceTerm): number => {
    let i = index.get(t)
    if (i === undefined) {
      index.set(t, (i = terms.length))
      terms.push([t.place.id, t.casing, t.lang])
    }
    return i
  }
  const lexicon = (l: CompiledLexicon<PlaceTerm>) => ({ keys: l.keys, values: l.values.map((vs) => vs.map(id)) })
  const out: EncodedGazetteer = { v: 1, places: g.places, terms, lexicons: { full: lexicon(g.lexicons.full), case: lexicon(g.lexicons.case) } }
  return JSON.stringify(out)
}

function decodeGazetteer(text: string): GazetteerData | null {
  const e = JSON.parse(text) as EncodedGazetteer
  if (e.v !== 1) return null
  const places = new Map(e.places.map((p) => [p.id, p]))
  const terms = e.terms.map(([id, casing, lang]): PlaceTerm => {
    const place = places.get(id)
    if (!place) throw new Error('damaged gazetteer')
    return { place, casing, lang }
  })
  const lexicon = (l: EncodedGazetteer['lexicons'][FoldMode]): CompiledLexicon<PlaceTerm> => ({ keys: l.keys, values: l.values.map((vs) => vs.map((i) => terms[i] as PlaceTerm)) })
  return { places: e.places, lexicons: { full: lexicon(e.lexicons.full), case: lexicon(e.lexicons.case) } }
}

function cachedGazetteer(build: () => GazetteerData): GazetteerData {
  const key = hashInputs(cacheInputs(), 'gazetteer-1')
  return cached({ name: 'gazetteer', key, build, encode: encodeGazetteer, decode: decodeGazetteer })
}

let gazetteer: Gazetteer | null = null

export function loadGazetteer(): Gazetteer {
  gazetteer ??= build()
  return gazetteer
}
