/**
 * A YAML data file, parsed once per content: the parsed value is kept as
 * JSON in the compiled cache (./compiled-cache.ts), which every process and
 * worker thread reads back far faster than the YAML parser works. A file
 * whose value JSON would not give back as it is (.inf, .nan) is parsed every
 * time.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { parse } from 'yaml'
import { cached, hashInputs } from './compiled-cache.js'

interface Entry {
  readonly json: boolean
  readonly value: unknown
}

const SALT = 'yaml-cache-1'
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..')

/** The parsed contents of a YAML file (as `yaml`'s parse gives them); throws as parse does. */
export function readYaml(file: string): unknown {
  const name = `yaml-${relative(ROOT, file).replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(-80)}`
  const entry = cached<Entry>({
    name,
    key: hashInputs([file], SALT),
    build: () => {
      const value: unknown = parse(readFileSync(file, 'utf8'))
      return { json: isDeepStrictEqual(JSON.parse(JSON.stringify(value) ?? 'null'), value), value }
    },
    encode: (e) => JSON.stringify(e.json ? e : { json: false, value: null }),
    decode: (text) => {
      const e = JSON.parse(text) as Entry
      return e.json ? e : null
    },
  })
  return entry.value
}
