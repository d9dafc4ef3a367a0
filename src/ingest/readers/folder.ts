/**
 * A folder: every file of a known kind below it, recursively, in a
 * deterministic order (names compared by code unit, files and folders
 * together). Hidden entries (".name") and unknown extensions are skipped
 * silently; symbolic-link loops are cut by real path.
 */
import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { kindOfPath } from '../kinds.js'

export interface Listing {
  readonly files: readonly string[]
  /** Sub-folders that could not be read, with the error. */
  readonly errors: readonly { readonly path: string; readonly error: unknown }[]
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

async function isDirectory(path: string, entry: Dirent): Promise<boolean> {
  if (entry.isDirectory()) return true
  if (!entry.isSymbolicLink()) return false
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

async function walk(dir: string, seen: Set<string>, out: { files: string[]; errors: Listing['errors'][number][] }): Promise<void> {
  let entries: Dirent[]
  try {
    const real = await realpath(dir)
    if (seen.has(real)) return
    seen.add(real)
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    out.errors.push({ path: dir, error })
    return
  }
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (await isDirectory(path, entry)) await walk(path, seen, out)
    else if (kindOfPath(entry.name) !== null) out.files.push(path)
  }
}

export async function listFolder(dir: string): Promise<Listing> {
  const out = { files: [] as string[], errors: [] as Listing['errors'][number][] }
  await walk(dir, new Set(), out)
  return out
}
