/**
 * The compiled knowledge base on disk (src/core/compiled-cache.ts), so that
 * a process or worker thread starts without parsing the actor YAML, expanding
 * every alias into its inflected forms and folding them again (about a
 * second). The entry is keyed by the contents of every file the knowledge
 * base is built from and by the source of the code that builds it.
 */
import { readdirSync } from 'node:fs'
import { dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cached, hashInputs } from '../../core/compiled-cache.js'
import type { CompiledLexicon, FoldMode } from '../../core/lexicon-matcher.js'
import { LANGUAGES_DIR } from '../../languages/index.js'
import type { KbData, Term } from './kb.js'

const HERE = fileURLToPath(import.meta.url)
const EXT = extname(HERE)
const CORE = join(dirname(HERE), '../../core')
const DATA_DIR = join(dirname(HERE), '../../../data')

/** Code whose change changes the compiled result. */
const SOURCES = [
  join(dirname(HERE), `kb${EXT}`),
  join(dirname(HERE), `schema${EXT}`),
  HERE,
  join(CORE, `lexicon-matcher${EXT}`),
  join(CORE, `morphology${EXT}`),
  join(CORE, `fold${EXT}`),
  join(LANGUAGES_DIR, `index${EXT}`),
]

function inputFiles(files: readonly string[]): string[] {
  const languages = readdirSync(LANGUAGES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  return [
    ...SOURCES,
    join(DATA_DIR, 'actors/countries.json'),
    join(DATA_DIR, 'places/capitals.json'),
    join(DATA_DIR, 'places/curated.yaml'),
    ...languages.flatMap((iso) => [join(LANGUAGES_DIR, iso, 'actors.yaml'), join(LANGUAGES_DIR, iso, 'morphology.yaml')]),
    ...files,
  ]
}

interface Encoded {
  readonly v: 1
  readonly data: Omit<KbData, 'lexicons'>
  /** Distinct terms; lexicon values are indices into this list. */
  readonly terms: readonly Term[]
  readonly lexicons: Readonly<Record<FoldMode, { readonly keys: readonly string[]; readonly values: readonly (readonly number[])[] }>>
}

function encode(kb: KbData): string {
  const index = new Map<string, number>()
  const terms: Term[] = []
  const id = (t: Term): number => {
    const key = JSON.stringify(t)
    let i = index.get(key)
    if (i === undefined) {
      index.set(key, (i = terms.length))
      terms.push(t)
    }
    return i
  }
  const lexicon = (l: CompiledLexicon<Term>) => ({ keys: l.keys, values: l.values.map((vs) => vs.map(id)) })
  const { lexicons, ...data } = kb
  const out: Encoded = { v: 1, data, terms, lexicons: { full: lexicon(lexicons.full), case: lexicon(lexicons.case) } }
  return JSON.stringify(out)
}

function decode(text: string): KbData | null {
  const e = JSON.parse(text) as Encoded
  if (e.v !== 1 || !Array.isArray(e.terms)) return null
  const lexicon = (l: Encoded['lexicons'][FoldMode]): CompiledLexicon<Term> => {
    if (l.keys.length !== l.values.length) throw new Error('damaged lexicon')
    return { keys: l.keys, values: l.values.map((vs) => vs.map((i) => e.terms[i] as Term)) }
  }
  return { ...e.data, lexicons: { full: lexicon(e.lexicons.full), case: lexicon(e.lexicons.case) } }
}

/**
 * The knowledge base data for these extra files, from the cache or built (and stored);
 * `files` are the curated and extra YAML files it is built from.
 */
export function cachedKbData(extraFiles: readonly string[], files: readonly string[], build: () => KbData): KbData {
  const key = hashInputs(inputFiles(files), JSON.stringify(['actors-kb-1', extraFiles]))
  return cached({ name: extraFiles.length === 0 ? 'actors-kb' : 'actors-kb-user', key, build, encode, decode })
}
