/**
 * Furniture cue data: `src/languages/<iso>/furniture.yaml` for every language
 * plus `_base/furniture.yaml`, merged into one set. The language of a
 * document is not known yet when it is cleaned (detection runs on the cleaned
 * text), and furniture lines are short whole lines, so matching every
 * language's cues at once costs little and misfires rarely.
 */
import { z } from 'zod'
import { allLanguageData, languageData } from '../../languages/index.js'
import { foldDotlessI, lineKey } from './keys.js'

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'iu')
    return true
  } catch {
    return false
  }
}

const Pattern = z.string().min(1).refine(compiles, { message: 'not a valid regular expression' })
const Phrases = z.array(z.string().min(1)).default([])

/** The shape of one furniture.yaml (see _base/furniture.yaml for what each list means). */
export const FurnitureSchema = z.strictObject({
  lines: Phrases,
  patterns: z.array(Pattern).default([]),
  prefixes: Phrases,
  read_more: Phrases,
  list_headings: Phrases,
  relative_time: z.array(Pattern).default([]),
})
export type FurnitureFile = z.infer<typeof FurnitureSchema>

export interface Furniture {
  /** Keys (see lineKey) of whole lines that are furniture. */
  readonly lines: ReadonlySet<string>
  /** All whole-line patterns as one anchored alternation (one test per line instead of dozens). */
  readonly pattern: RegExp | null
  /** Keys of lead words that make a line furniture when followed by ':' ("Tags:"). */
  readonly prefixes: readonly string[]
  /** Keys of "read more" lead-ins by their first word, longest first. */
  readonly readMoreByFirst: ReadonlyMap<string, readonly string[]>
  /** The same by their last word. */
  readonly readMoreByLast: ReadonlyMap<string, readonly string[]>
  /** Keys of teaser-list headings ("Related", "Most read"). */
  readonly listHeadings: ReadonlySet<string>
  /** Time-stamp patterns of teasers ("2 hours ago"), unanchored. */
  readonly relativeTime: readonly RegExp[]
}

function keys(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => lineKey(v.normalize('NFC'))).filter((k) => k.length > 0))]
}

/** Group phrases by their first or last word (a line's cue candidates are then one lookup away). */
function byWord(phrases: readonly string[], pick: 'first' | 'last'): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const words = phrase.split(' ')
    const word = (pick === 'first' ? words[0] : words[words.length - 1]) ?? phrase
    map.set(word, [...(map.get(word) ?? []), phrase])
  }
  return map
}

function alternation(patterns: readonly string[]): RegExp | null {
  if (patterns.length === 0) return null
  // Lines are compared folded (see keys.ts), so the patterns are folded the same way.
  const folded = patterns.map((p) => `(?:${foldDotlessI(p.normalize('NFC'))})`)
  return new RegExp(`^(?:${folded.join('|')})$`, 'iu')
}

/** Merge several files into one compiled set. */
export function compileFurniture(files: readonly FurnitureFile[]): Furniture {
  const all = <K extends keyof FurnitureFile>(key: K): string[] => files.flatMap((f) => f[key])
  return {
    lines: new Set(keys(all('lines'))),
    pattern: alternation(all('patterns')),
    prefixes: keys(all('prefixes')),
    readMoreByFirst: byWord(keys(all('read_more')), 'first'),
    readMoreByLast: byWord(keys(all('read_more')), 'last'),
    listHeadings: new Set(keys(all('list_headings'))),
    relativeTime: all('relative_time').map((p) => new RegExp(foldDotlessI(p.normalize('NFC')), 'iu')),
  }
}

let cached: Furniture | null = null

/** Every language's furniture plus the shared base, loaded once. */
export function furniture(): Furniture {
  if (cached) return cached
  const base = languageData('furniture', '_base', FurnitureSchema)
  const languages = [...allLanguageData('furniture', FurnitureSchema).values()]
  cached = compileFurniture(base ? [base, ...languages] : languages)
  return cached
}
