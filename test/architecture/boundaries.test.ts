/**
 * The layout's rules, checked: drivers and frameworks are imported only at
 * their edge, no stage imports another stage, and no language words sit in
 * pipeline code (they belong in src/languages/<iso>/*.yaml).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : []
  })
}

// Character tables (folding, script equivalences) are Unicode facts, not words of a language.
const CHARACTER_TABLES = new Set(['core/fold.ts', 'core/lexicon-matcher.ts', 'clean/furniture/keys.ts'])

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }))
const importsOf = (text: string) => [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!)

const EDGES: Record<string, string> = {
  'better-sqlite3': 'store/',
  hono: 'api/',
  '@hono/node-server': 'api/|cli/commands/serve.ts',
  commander: 'cli/',
  'cli-progress': 'cli/',
  linkedom: 'clean/',
  '@mozilla/readability': 'clean/',
  feedsmith: 'ingest/',
}

const STAGES = ['ingest', 'clean', 'language', 'segment', 'extract/actors', 'extract/places', 'extract/dates', 'code', 'chronology', 'negotiation', 'merge']
const stageOf = (path: string) => STAGES.find((s) => path.startsWith(s + '/'))

describe('architecture', () => {
  it('imports drivers and frameworks only at their edge', () => {
    const offending = files.flatMap((f) =>
      importsOf(f.text)
        .filter((spec) => EDGES[spec] && !EDGES[spec]!.split('|').some((edge) => f.path.startsWith(edge)))
        .map((spec) => `${f.path} imports ${spec}`),
    )
    expect(offending).toEqual([])
  })

  it('keeps stages independent of each other', () => {
    const offending = files.flatMap((f) => {
      const own = stageOf(f.path)
      if (!own) return []
      return importsOf(f.text)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => relative(SRC, join(SRC, f.path, '..', spec)))
        .filter((target) => {
          const other = stageOf(target)
          return other !== undefined && other !== own
        })
        .map((target) => `${f.path} imports ${target}`)
    })
    expect(offending).toEqual([])
  })

  it('has no non-Latin or accented language words in pipeline code', () => {
    // Letters outside ASCII in code (not in comments) are language knowledge that belongs in data files.
    const offending = files
      .filter((f) => !f.path.startsWith('languages/') && !/fixture/.test(f.path) && !CHARACTER_TABLES.has(f.path))
      .flatMap((f) =>
        f.text
          .split('\n')
          .map((line, i) => ({ line: line.replace(/\/\/.*$|^\s*\*.*$|\/\*.*?\*\/|\s--\s.*$/g, ''), n: i + 1 }))
          .filter(({ line }) => /[\p{L}&&[^\p{ASCII}]]/v.test(line))
          .map(({ n, line }) => `${f.path}:${n}: ${line.trim().slice(0, 80)}`),
      )
    expect(offending).toEqual([])
  })
})
