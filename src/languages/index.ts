/**
 * Languages are data. Each language is a folder `src/languages/<iso>/` of
 * YAML files, one per stage that needs language knowledge:
 *
 *   furniture.yaml  page-furniture lines        (clean)
 *   segment.yaml    abbreviations, terminals     (segment)
 *   actors.yaml     sector words, role titles    (extract/actors)
 *   dates.yaml      month/weekday/relative words (extract/dates)
 *   events.yaml     PLOVER triggers              (code)
 *   cues.yaml       negation, attribution, modality cues (code)
 *   positions.yaml  stance cues                  (negotiation)
 *
 * Adding a language is adding a folder: nothing here lists languages. Each
 * stage validates its own files with its own zod schema, so a malformed file
 * is reported by path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { ParleyError } from '../core/errors.js'
import { readYaml } from '../core/yaml-cache.js'

export const LANGUAGES_DIR = dirname(fileURLToPath(import.meta.url))

/** ISO codes of every language folder (folders starting with '_' are shared bases). */
export function availableLanguages(): string[] {
  return readdirSync(LANGUAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort()
}

const cache = new Map<string, unknown>()

/**
 * The validated data of one stage for one language, or null when that
 * language has no file for the stage. `iso` may be '_base'.
 */
export function languageData<S extends z.ZodType>(stage: string, iso: string, schema: S): z.infer<S> | null {
  const key = `${stage}/${iso}`
  if (cache.has(key)) return cache.get(key) as z.infer<S> | null
  const file = join(LANGUAGES_DIR, iso, `${stage}.yaml`)
  let value: z.infer<S> | null = null
  if (existsSync(file)) {
    const parsed = schema.safeParse(readYaml(file))
    if (!parsed.success) {
      throw new ParleyError('PARLEY_CONFIG', `Invalid language data ${file}: ${parsed.error.issues[0]?.message ?? 'schema mismatch'}`)
    }
    value = parsed.data
  }
  cache.set(key, value)
  return value
}

/** The data of one stage for every language that has it, keyed by ISO code. */
export function allLanguageData<S extends z.ZodType>(stage: string, schema: S): Map<string, z.infer<S>> {
  const out = new Map<string, z.infer<S>>()
  for (const iso of availableLanguages()) {
    const data = languageData(stage, iso, schema)
    if (data !== null) out.set(iso, data)
  }
  return out
}
