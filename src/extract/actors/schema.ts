/**
 * The shapes of the actor knowledge files, validated with zod: the curated
 * and user YAML files (data/actors/curated/*.yaml, `--actors my.yaml`), the
 * generated countries table, and each language's actors.yaml.
 */
import { z } from 'zod'

/** Aliases per language: ISO 639-1 code → phrases; 'any' applies to every language. */
const Aliases = z.record(z.string(), z.array(z.string().min(1)))

const RoleHolding = z.object({
  role: z.string(),
  country: z.string().optional(),
  from: z.union([z.string(), z.number()]).nullable().optional(),
  to: z.union([z.string(), z.number()]).nullable().optional(),
})

export const ActorEntrySchema = z.object({
  id: z.string().min(1),
  type: z.enum(['state', 'organisation', 'entity', 'person', 'group']).optional(),
  name: z.string().optional(),
  country: z.string().optional(),
  sector: z.string().nullable().optional(),
  roles: z.array(RoleHolding).optional(),
  names: Aliases.optional(),
  surnames: Aliases.optional(),
  surnameAlone: z.boolean().optional(),
  adjectives: Aliases.optional(),
  demonyms: Aliases.optional(),
  metonyms: Aliases.optional(),
  territory: Aliases.optional(),
  forces: Aliases.optional(),
  authorities: Aliases.optional(),
})
export type ActorEntry = z.infer<typeof ActorEntrySchema>

export const ActorFileSchema = z.object({
  actors: z.array(ActorEntrySchema).default([]),
})

export const CountriesFileSchema = z.object({
  countries: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      names: Aliases,
      adjectives: Aliases,
    }),
  ),
})

const Words = z.array(z.string()).default([])

export const LanguageActorsSchema = z.object({
  connectors: Words,
  articles: Words,
  honorifics: Words,
  venue: z
    .object({ before: Words, skip: Words, tails: Words, genitiveTails: Words, after: Words })
    .default({ before: [], skip: [], tails: [], genitiveTails: [], after: [] }),
  regionHeads: z.object({ before: Words, after: Words }).default({ before: [], after: [] }),
  /** Words around an organisation's name that make it a mere attribute ("UN Charter", "UN-led", "representative to the UN"). */
  attributive: z.object({ before: Words, after: Words }).default({ before: [], after: [] }),
  sectors: z.record(z.string(), z.array(z.string())).default({}),
  roles: z.record(z.string(), z.array(z.string())).default({}),
  blocks: Words,
})
export type LanguageActors = z.infer<typeof LanguageActorsSchema>

export const BaseActorsSchema = z.object({
  roles: z.record(z.string(), z.object({ sector: z.string().nullable(), matches: z.array(z.string()).optional() })),
  surnameEndings: z.array(z.object({ ending: z.string(), country: z.string().optional() })).default([]),
  transliteration: z.array(z.tuple([z.string(), z.string()])).default([]),
})
export type BaseActors = z.infer<typeof BaseActorsSchema>
