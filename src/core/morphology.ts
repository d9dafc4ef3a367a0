/**
 * Just enough morphology to match names in inflected languages, as data:
 * each language's `src/languages/<iso>/morphology.yaml` says how to fold its
 * text, which endings may follow a name inside the same word (Turkish
 * "Ermenistan'ın", Armenian "Հայաստանի", Russian "Пашиняна"), and which
 * ending groups replace one another ("Армения/Армении/Арменией",
 * "армянский/армянская/армянских"). Shared by the actor and place matchers.
 */
import { z } from 'zod'
import { languageData } from '../languages/index.js'
import type { FoldMode } from './lexicon-matcher.js'
import { foldKey } from './lexicon-matcher.js'

export const MorphologySchema = z.object({
  /** 'case' keeps diacritics (Vietnamese tones distinguish words). */
  fold: z.enum(['full', 'case']).default('full'),
  /** Endings that may follow a name in the same word (an apostrophe before them is allowed). */
  tails: z.array(z.string()).default([]),
  /** Groups of interchangeable word endings; a word ending in one member gets every other member. */
  paradigms: z.array(z.array(z.string()).min(2)).default([]),
  /** Shortest stem a paradigm may leave ("США" must not become "СШ-"). */
  minStem: z.number().int().min(1).default(3),
})
export type Morphology = z.infer<typeof MorphologySchema>

const EMPTY: Morphology = { fold: 'full', tails: [], paradigms: [], minStem: 3 }

export interface CompiledMorphology {
  readonly fold: FoldMode
  readonly tails: ReadonlySet<string>
  readonly paradigms: readonly (readonly string[])[]
  readonly minStem: number
}

const compiled = new Map<string, CompiledMorphology>()

/** The morphology of one language (folded for comparison); a language without a file has none. */
export function morphologyFor(iso: string): CompiledMorphology {
  const cached = compiled.get(iso)
  if (cached) return cached
  const data = (iso && /^[a-z_]{2,8}$/.test(iso) ? languageData('morphology', iso, MorphologySchema) : null) ?? EMPTY
  const result: CompiledMorphology = {
    fold: data.fold,
    tails: new Set(data.tails.map((t) => foldKey(t, 'full'))),
    // endings stay unfolded: they are cut from and glued to unfolded words (the matcher folds later)
    paradigms: data.paradigms.map((group) => group.map((e) => e.normalize('NFC').toLowerCase())).sort((a, b) => longest(b) - longest(a)),
    minStem: data.minStem,
  }
  compiled.set(iso, result)
  return result
}

function longest(group: readonly string[]): number {
  return Math.max(...group.map((e) => e.length))
}

/** True when `tail` (the rest of the word after a name) is empty or one of the language's endings. */
export function acceptsTail(tail: string, morph: CompiledMorphology): boolean {
  if (tail === '') return true
  const key = foldKey(tail, 'full').replace(/^'/, '')
  return morph.tails.has(key)
}

/** The paradigm forms of one word (lower-cased), itself included. */
function wordForms(word: string, morph: CompiledMorphology): string[] {
  const lower = word.toLowerCase()
  for (const group of morph.paradigms) {
    const ending = group.filter((e) => e && lower.endsWith(e)).sort((a, b) => b.length - a.length)[0]
    if (ending === undefined || lower.length - ending.length < morph.minStem) continue
    const stem = lower.slice(0, lower.length - ending.length)
    return [...new Set([lower, ...group.map((e) => stem + e)])]
  }
  return [lower]
}

const MAX_FORMS = 400

/**
 * Every inflected form of a phrase: the product of its words' paradigm
 * forms (only the last word's when the product would be too large).
 */
export function inflectedForms(phrase: string, morph: CompiledMorphology): string[] {
  if (morph.paradigms.length === 0) return [phrase]
  const words = phrase.split(' ')
  const forms = words.map((w) => wordForms(w, morph))
  const product = forms.reduce((n, f) => n * f.length, 1)
  if (product > MAX_FORMS) {
    const last = forms[forms.length - 1] ?? []
    const head = words.slice(0, -1).join(' ')
    return last.map((f) => (head ? `${head} ${f}` : f))
  }
  let out: string[] = ['']
  for (const options of forms) out = out.flatMap((prefix) => options.map((o) => (prefix ? `${prefix} ${o}` : o)))
  return out
}
