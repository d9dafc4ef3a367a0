/**
 * A disk cache for data that is slow to compile and the same on every run
 * (the language detector's n-gram table, the actor and place dictionaries):
 * every process and worker thread would otherwise rebuild it on start-up.
 *
 * Safe by construction:
 *   - the file name holds a hash of everything the value is built from (the
 *     data files' contents and the building code's own source), so a stale
 *     entry is never read: changed data or code simply misses;
 *   - entries are written to a temporary file and renamed into place, so a
 *     concurrent reader sees a whole entry or none;
 *   - an entry that cannot be read or decoded is rebuilt, and a cache that
 *     cannot be written is only slower.
 * Where: $PARLEY_CACHE_DIR, else node_modules/.cache/parley, else the system
 * temporary folder. PARLEY_CACHE=off turns it off.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { threadId } from 'node:worker_threads'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..')

const PRUNE_AFTER_MS = 24 * 3600 * 1000

let dir: string | null | undefined

function cacheDir(): string | null {
  if (dir !== undefined) return dir
  if (process.env.PARLEY_CACHE === 'off') return (dir = null)
  const modules = join(ROOT, 'node_modules')
  dir = process.env.PARLEY_CACHE_DIR ?? (existsSync(modules) ? join(modules, '.cache/parley') : join(tmpdir(), 'parley-cache'))
  return dir
}

/** A hash of files' contents (a missing file counts as such) and some extra text. */
export function hashInputs(files: readonly string[], salt = ''): string {
  const hash = createHash('sha256').update(salt)
  for (const file of files) {
    // (paths relative to the project, so that two checkouts of the same files share entries)
    hash.update(`\0${relative(ROOT, file)}\0`)
    try {
      hash.update(readFileSync(file))
    } catch {
      hash.update('\0missing')
    }
  }
  return hash.digest('hex').slice(0, 24)
}

export interface CacheSpec<T> {
  /** Entry name: letters, digits and '-'. */
  readonly name: string
  /** The hash of everything the value is built from (see hashInputs). */
  readonly key: string
  build(): T
  encode(value: T): string
  /** Throws (or returns null) on anything unexpected; the value is then rebuilt. */
  decode(text: string): T | null
}

/** The cached value, or a freshly built one (stored for next time). */
export function cached<T>(spec: CacheSpec<T>): T {
  const base = cacheDir()
  const file = base === null ? null : join(base, `${spec.name}-${spec.key}.json`)
  if (file !== null && existsSync(file)) {
    try {
      const value = spec.decode(readFileSync(file, 'utf8'))
      if (value !== null) return value
    } catch {
      // A damaged entry: rebuild it below.
    }
  }
  const value = spec.build()
  if (file !== null) store(file, spec.name, spec.encode(value))
  return value
}

function store(file: string, name: string, text: string): void {
  const folder = dirname(file)
  const temp = `${file}.${process.pid}-${threadId}.tmp`
  try {
    mkdirSync(folder, { recursive: true })
    writeFileSync(temp, text)
    renameSync(temp, file)
    // Entries of the same name not written for a day were built from other data: drop them (not
    // younger ones, which another checkout or a run with other actor files may still be using).
    const old = Date.now() - PRUNE_AFTER_MS
    for (const other of readdirSync(folder)) {
      const path = join(folder, other)
      if (other.startsWith(`${name}-`) && path !== file && statSync(path).mtimeMs < old) rmSync(path, { force: true })
    }
  } catch {
    rmSync(temp, { force: true })
  }
}
