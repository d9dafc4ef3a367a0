/**
 * Loads the actor knowledge base once per process: the generated states
 * table, the curated YAML files, the user's files, and every language's
 * vocabulary, compiled into one dictionary (one Aho-Corasick automaton per
 * folding mode) whose values say what each phrase is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { z } from 'zod'
import type { ActorType } from '../../core/doc.js'
import { ParleyError } from '../../core/errors.js'
import { type Casing, casingOf, type CompiledLexicon, compileLexicon, LexiconMatcher, type FoldMode } from '../../core/lexicon-matcher.js'
import { inflectedForms, morphologyFor } from '../../core/morphology.js'
import { allLanguageData, languageData } from '../../languages/index.js'
import { type ActorEntry, ActorFileSchema, BaseActorsSchema, CountriesFileSchema, LanguageActorsSchema } from './schema.js'
import { cachedKbData } from './kb-cache.js'
import { compileVocab, type LanguageVocab } from './vocab.js'

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../data')

export interface ActorDef {
  readonly id: string
  readonly type: ActorType
  readonly name: string
  readonly country: string
  readonly sector: string | null
  readonly roles: readonly { readonly role: string; readonly country: string }[]
  readonly surnameAlone: boolean
}

export type TermKind =
  | 'name' | 'surname' | 'adjective' | 'demonym' | 'metonym' | 'territory' | 'force' | 'authority'
  | 'sector' | 'role' | 'block' | 'place'

export type { Casing } from '../../core/lexicon-matcher.js'

export interface Term {
  readonly kind: TermKind
  readonly actor: string | null
  readonly sector: string | null
  readonly role: string | null
  /** Vocabulary applies only in its own language; names (lang null) apply everywhere. */
  readonly lang: string | null
  readonly casing: Casing
}

export interface RoleInfo {
  readonly sector: string | null
  readonly matches: readonly string[]
}

export interface ActorKb {
  readonly size: number
  readonly actors: ReadonlyMap<string, ActorDef>
  readonly roles: ReadonlyMap<string, RoleInfo>
  readonly surnameEndings: readonly { readonly ending: string; readonly country: string | null }[]
  matcher(mode: FoldMode): LexiconMatcher<Term>
  vocab(lang: string): LanguageVocab
}

function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let raw: unknown
  try {
    raw = parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ParleyError('PARLEY_CONFIG', `Cannot read actors file ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ParleyError('PARLEY_CONFIG', `Invalid actors file ${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'schema mismatch'}`)
  }
  return parsed.data
}

type Sink = (pattern: string, term: Term) => void

/** Add one alias with its hyphen/space variant and its inflected forms in `lang`. */
function addAlias(sink: Sink, alias: string, lang: string | null, term: Omit<Term, 'casing'>): void {
  const casing = term.kind === 'sector' || term.kind === 'role' || term.kind === 'block' ? 'any' : casingOf(alias)
  const variants = new Set([alias, alias.replace(/-/g, ' ')])
  const morph = lang && lang !== 'any' ? morphologyFor(lang) : null
  for (const variant of variants) {
    for (const form of morph ? inflectedForms(variant, morph) : [variant]) sink(form, { ...term, casing })
  }
}

/**
 * Names apply in every language (foreign names appear in any text), except
 * short lower- or title-case ones, which too often are words elsewhere
 * (Vietnamese "Bỉ" would match German "Bis"): those stay in their language.
 */
function nameScope(alias: string, lang: string): string | null {
  if (lang === 'any' || casingOf(alias) === 'upper') return null
  return [...alias].filter((c) => /\p{L}/u.test(c)).length <= 4 ? lang : null
}

function addAliases(sink: Sink, aliases: Record<string, string[]> | undefined, term: Omit<Term, 'casing' | 'lang'>): void {
  for (const [lang, list] of Object.entries(aliases ?? {})) {
    for (const alias of list) addAlias(sink, alias, lang, { ...term, lang: nameScope(alias, lang) })
  }
}

function mergeEntries(entries: readonly ActorEntry[]): Map<string, ActorEntry> {
  const merged = new Map<string, ActorEntry>()
  const aliasKeys = ['names', 'surnames', 'adjectives', 'demonyms', 'metonyms', 'territory', 'forces', 'authorities'] as const
  for (const entry of entries) {
    const prev = merged.get(entry.id)
    if (!prev) {
      merged.set(entry.id, entry)
      continue
    }
    const next: ActorEntry = { ...prev, ...entry }
    for (const key of aliasKeys) {
      const a = prev[key] ?? {}
      const b = entry[key] ?? {}
      const out: Record<string, string[]> = { ...a }
      for (const [lang, list] of Object.entries(b)) out[lang] = [...(out[lang] ?? []), ...list]
      next[key] = out
    }
    merged.set(entry.id, next)
  }
  return merged
}

function curatedFiles(): string[] {
  const dir = join(DATA_DIR, 'actors/curated')
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f)) : []
}

function countryEntries(): ActorEntry[] {
  const file = join(DATA_DIR, 'actors/countries.json')
  const data = CountriesFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  return data.countries.map((c) => ({ id: c.id, type: 'state' as const, name: c.name, names: c.names, adjectives: c.adjectives }))
}

function toDef(entry: ActorEntry): ActorDef {
  const type = entry.type ?? 'state'
  const country = entry.country ?? entry.id
  return {
    id: entry.id,
    type,
    name: entry.name ?? entry.id,
    country,
    sector: entry.sector ?? null,
    roles: (entry.roles ?? []).map((r) => ({ role: r.role, country: r.country ?? country })),
    surnameAlone: entry.surnameAlone ?? true,
  }
}

function addEntryTerms(sink: Sink, entry: ActorEntry): void {
  const base = { actor: entry.id, role: null }
  addAliases(sink, entry.names, { ...base, kind: 'name', sector: entry.sector ?? null })
  addAliases(sink, entry.surnames, { ...base, kind: 'surname', sector: entry.sector ?? null })
  addAliases(sink, entry.adjectives, { ...base, kind: 'adjective', sector: null })
  addAliases(sink, entry.demonyms, { ...base, kind: 'demonym', sector: 'CVL' })
  addAliases(sink, entry.metonyms, { ...base, kind: 'metonym', sector: 'GOV' })
  addAliases(sink, entry.territory, { ...base, kind: 'territory', sector: null })
  addAliases(sink, entry.forces, { ...base, kind: 'force', sector: 'MIL' })
  addAliases(sink, entry.authorities, { ...base, kind: 'authority', sector: 'GOV' })
}

function addVocabTerms(sink: Sink): void {
  for (const [lang, data] of allLanguageData('actors', LanguageActorsSchema)) {
    const vocab = { actor: null, lang, role: null }
    for (const [sector, words] of Object.entries(data.sectors)) {
      for (const w of words) addAlias(sink, w, lang, { ...vocab, kind: 'sector', sector })
    }
    for (const [role, words] of Object.entries(data.roles)) {
      for (const w of words) addAlias(sink, w, lang, { ...vocab, kind: 'role', sector: null, role })
    }
    for (const w of data.blocks) addAlias(sink, w, lang, { ...vocab, kind: 'block', sector: null })
  }
}

/** Place names (capitals, curated places) so that venues are recognised as such and never become actors. */
function addPlaceTerms(sink: Sink): void {
  const place = { kind: 'place' as const, actor: null, sector: null, role: null, lang: null }
  const capitals = join(DATA_DIR, 'places/capitals.json')
  if (existsSync(capitals)) {
    const data = JSON.parse(readFileSync(capitals, 'utf8')) as { capitals?: { name?: unknown }[] }
    for (const c of data.capitals ?? []) if (typeof c.name === 'string') addAlias(sink, c.name, null, place)
  }
  const curated = join(DATA_DIR, 'places/curated.yaml')
  if (existsSync(curated)) {
    const data = parse(readFileSync(curated, 'utf8')) as { places?: { aliases?: Record<string, unknown> }[] }
    for (const p of data.places ?? []) {
      for (const [lang, list] of Object.entries(p.aliases ?? {})) {
        if (Array.isArray(list)) for (const a of list) if (typeof a === 'string') addAlias(sink, a, lang, place)
      }
    }
  }
}

/** Everything the knowledge base is made of, as plain data (what kb-cache.ts keeps on disk). */
export interface KbData {
  readonly size: number
  readonly actors: readonly ActorDef[]
  readonly roles: readonly (readonly [string, RoleInfo])[]
  readonly surnameEndings: readonly { readonly ending: string; readonly country: string | null }[]
  /** The dictionary folded in each mode (both are compiled: a batch may hold Vietnamese and others). */
  readonly lexicons: Readonly<Record<FoldMode, CompiledLexicon<Term>>>
}

function buildKbData(extraFiles: readonly string[]): KbData {
  const entries: ActorEntry[] = [...countryEntries()]
  for (const file of curatedFiles()) entries.push(...readYaml(file, ActorFileSchema).actors)
  for (const file of extraFiles) {
    if (!existsSync(file)) throw new ParleyError('PARLEY_CONFIG', `Actors file not found: ${file}`)
    entries.push(...readYaml(file, ActorFileSchema).actors)
  }
  const merged = mergeEntries(entries)
  const patterns: [string, Term][] = []
  const sink: Sink = (pattern, term) => patterns.push([pattern, term])
  for (const entry of merged.values()) addEntryTerms(sink, entry)
  addVocabTerms(sink)
  addPlaceTerms(sink)
  const base = languageData('actors', '_base', BaseActorsSchema)
  return {
    size: merged.size,
    actors: [...merged.values()].map(toDef),
    roles: Object.entries(base?.roles ?? {}).map(([id, r]) => [id, { sector: r.sector, matches: r.matches ?? [id] }] as const),
    surnameEndings: (base?.surnameEndings ?? []).map((s) => ({ ending: s.ending.toLowerCase(), country: s.country ?? null })),
    lexicons: { full: compileLexicon(patterns, 'full'), case: compileLexicon(patterns, 'case') },
  }
}

function kbFrom(data: KbData): ActorKb {
  const matchers = new Map<FoldMode, LexiconMatcher<Term>>()
  const vocabs = new Map<string, LanguageVocab>()
  return {
    size: data.size,
    actors: new Map(data.actors.map((d) => [d.id, d])),
    roles: new Map(data.roles),
    surnameEndings: data.surnameEndings,
    matcher(mode) {
      let m = matchers.get(mode)
      if (!m) matchers.set(mode, (m = new LexiconMatcher(data.lexicons[mode], mode)))
      return m
    },
    vocab(lang) {
      let v = vocabs.get(lang)
      if (!v) vocabs.set(lang, (v = compileVocab(lang)))
      return v
    },
  }
}

function buildKb(extraFiles: readonly string[]): ActorKb {
  return kbFrom(cachedKbData(extraFiles, [...curatedFiles(), ...extraFiles], () => buildKbData(extraFiles)))
}

const cache = new Map<string, ActorKb>()

/** The knowledge base for these extra files, built once per process and reused. */
export function loadKb(extraFiles: readonly string[]): ActorKb {
  const key = JSON.stringify(extraFiles)
  let kb = cache.get(key)
  if (!kb) cache.set(key, (kb = buildKb(extraFiles)))
  return kb
}
