/**
 * The curated chronology (data/chronology/*.yaml, format in its README):
 * landmark events of each process, read and checked once per process.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { z } from 'zod'
import { spanOf } from '../core/calendar.js'
import type { PartialDate, PloverType } from '../core/doc.js'
import { ParleyError } from '../core/errors.js'

export const CHRONOLOGY_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'chronology')

const DEFAULT_RADIUS_KM = 40

export interface KnownEvent {
  readonly id: string
  /** First and last day it covers, as day ordinals (src/core/calendar.ts). */
  readonly first: number
  readonly last: number
  /** Its first day as a date: a report of it is not older. */
  readonly start: PartialDate
  readonly types: ReadonlySet<PloverType>
  readonly parties: readonly string[]
  readonly at: { readonly lat: number; readonly lon: number; readonly radiusKm: number } | null
  /** The venue's state (ISO alpha-3), when it has a venue. */
  readonly country: string | null
  readonly what: string
}

const DAY = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/)

const EntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: DAY,
  until: DAY.optional(),
  types: z.array(z.string().regex(/^[A-Z]+$/)).min(1),
  parties: z.array(z.string().min(1)).min(1),
  at: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  radius_km: z.number().positive().optional(),
  in: z.string().regex(/^[A-Z]{3}$/).optional(),
  what: z.string().min(1),
})

const FileSchema = z.object({ process: z.string(), events: z.array(EntrySchema) })

const partial = (value: string): PartialDate => ({ value, precision: value.length === 10 ? 'day' : 'month' })

function toKnown(entry: z.infer<typeof EntrySchema>): KnownEvent {
  const start = partial(entry.date)
  return {
    id: entry.id,
    first: spanOf(start).first,
    last: spanOf(partial(entry.until ?? entry.date)).last,
    start,
    types: new Set(entry.types as PloverType[]),
    parties: entry.parties,
    at: entry.at ? { lat: entry.at[0], lon: entry.at[1], radiusKm: entry.radius_km ?? DEFAULT_RADIUS_KM } : null,
    country: entry.in ?? null,
    what: entry.what,
  }
}

/** Every known event of the YAML files in `dir` (the shipped chronology by default). */
export function loadKnownEvents(dir = CHRONOLOGY_DIR): KnownEvent[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
  const all = files.flatMap((file) => {
    const checked = FileSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')))
    if (!checked.success) throw new ParleyError('PARLEY_CONFIG', `${join(dir, file)}: ${checked.error.issues[0]?.message ?? 'invalid'}`)
    return checked.data.events.map(toKnown)
  })
  const ids = new Set<string>()
  for (const k of all) {
    if (ids.has(k.id)) throw new ParleyError('PARLEY_CONFIG', `${dir}: known event id '${k.id}' is used twice`)
    ids.add(k.id)
  }
  return all
}
