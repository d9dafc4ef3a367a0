/**
 * Loading process profiles: the shipped ones in profiles/ at the repository
 * root, or one YAML file the user names. Every file is validated with
 * ./profile-schema.ts; a file that does not validate is a PARLEY_CONFIG error
 * naming the file and the first problem.
 */
import { readYaml } from '../core/yaml-cache.js'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ParleyError } from '../core/errors.js'
import { ProfileSchema, type ProfileData } from './profile-schema.js'

export const PROFILES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'profiles')

export interface Profile {
  readonly data: ProfileData
  readonly file: string
  /** No parties listed: they are the states each document is about (the generic agenda). */
  readonly dynamicParties: boolean
}

export interface ProfileSet {
  /** Actor YAML files (aliases) the profiles bring, for the actor knowledge base. */
  readonly actorFiles: readonly string[]
  /** Candidate profiles, most specific first; the last one is the fallback. */
  readonly profiles: readonly Profile[]
  /** true when the user named a profile: every document gets profiles[0]. */
  readonly forced: boolean
}

/** Read and validate one profile file. */
export function readProfile(file: string): Profile {
  let raw: unknown
  try {
    raw = readYaml(file)
  } catch (error) {
    throw new ParleyError('PARLEY_CONFIG', `Cannot read profile ${file}: ${(error as Error).message.split('\n')[0]}`)
  }
  const parsed = ProfileSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    throw new ParleyError('PARLEY_CONFIG', `Invalid profile ${file}${where}: ${issue?.message ?? 'schema mismatch'}`)
  }
  return { data: parsed.data, file, dynamicParties: parsed.data.parties.length === 0 }
}

/** Every shipped profile, specific ones first and dynamic-party (generic) ones last. */
export function shippedProfiles(dir = PROFILES_DIR): Profile[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && !/\.actors\.ya?ml$/.test(f)).sort() : []
  const profiles = files.map((f) => readProfile(join(dir, f)))
  return [...profiles.filter((p) => !p.dynamicParties), ...profiles.filter((p) => p.dynamicParties)]
}

function actorFilesOf(profiles: readonly Profile[]): string[] {
  return profiles.flatMap((p) => p.data.actors.map((f) => (isAbsolute(f) ? f : resolve(dirname(p.file), f))))
}

function looksLikePath(nameOrFile: string): boolean {
  return /[\\/]/.test(nameOrFile) || /\.ya?ml$/i.test(nameOrFile)
}

/**
 * null: all shipped profiles, chosen per document; a name: that shipped
 * profile; a path: that YAML file. The chosen profile applies to every document.
 */
export function loadProfileSet(nameOrFile: string | null, dir = PROFILES_DIR): ProfileSet {
  if (nameOrFile === null || nameOrFile === '') {
    const profiles = shippedProfiles(dir)
    return { actorFiles: actorFilesOf(profiles), profiles, forced: false }
  }
  let profile: Profile
  if (looksLikePath(nameOrFile)) {
    if (!existsSync(nameOrFile)) throw new ParleyError('PARLEY_CONFIG', `Cannot read profile ${nameOrFile}: no such file`)
    profile = readProfile(nameOrFile)
  } else {
    const shipped = shippedProfiles(dir)
    const found = shipped.find((p) => p.data.id === nameOrFile)
    if (!found) {
      const names = shipped.map((p) => p.data.id).join(', ')
      throw new ParleyError('PARLEY_CONFIG', `Unexpected profile \`${nameOrFile}\`, expected one of: ${names} (or a YAML file)`)
    }
    profile = found
  }
  return { actorFiles: actorFilesOf([profile]), profiles: [profile], forced: true }
}
