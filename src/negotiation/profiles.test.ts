import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ParleyError } from '../core/errors.js'
import { ActorFileSchema } from '../extract/actors/schema.js'
import { loadProfiles } from './index.js'
import { brief, positionsOf } from './testing.js'

const AA_ISSUES = ['peace-treaty', 'border-delimitation', 'karabakh-armenians', 'guarantees', 'troop-withdrawal', 'lachin-corridor',
  'territorial-integrity', 'enclaves', 'constitution', 'transport-links', 'prisoners']
const GENERIC_ISSUES = ['agreement', 'territory-borders', 'security-withdrawal', 'ceasefire', 'minority-rights', 'humanitarian-access',
  'detainees', 'guarantees', 'constitution-status', 'economic-transport', 'refugees-return', 'transitional-justice']

const dir = mkdtempSync(join(tmpdir(), 'parley-profiles-'))
const write = (name: string, body: string) => {
  const file = join(dir, name)
  writeFileSync(file, body)
  return file
}

const VALID = `
id: test-process
label: { en: Test process }
parties: [SRB, KOS]
mediators: [EU]
actors: [test.actors.yaml]
issues:
  - id: licence-plates
    label: { en: licence plates }
    concepts:
      - gloss: licence plates
        terms: { en: [licence plate*, number plate*] }
`

function configError(fn: () => unknown): ParleyError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyError)
    expect((error as ParleyError).code).toBe('PARLEY_CONFIG')
    return error as ParleyError
  }
  throw new Error('expected a PARLEY_CONFIG error')
}

describe('shipped profiles', () => {
  const set = loadProfiles(null)
  const byId = new Map(set.profiles.map((p) => [p.data.id, p]))

  it('has the Armenia–Azerbaijan agenda with exactly the spec issues', () => {
    expect(byId.get('armenia-azerbaijan')!.data.issues.map((i) => i.id)).toEqual(AA_ISSUES)
    expect(byId.get('armenia-azerbaijan')!.data.parties).toEqual(['ARM', 'AZE'])
  })

  it('has the generic PA-X agenda with exactly the spec issues, last, with no fixed parties', () => {
    const last = set.profiles[set.profiles.length - 1]!
    expect(last.data.id).toBe('generic')
    expect(last.dynamicParties).toBe(true)
    expect(last.data.issues.map((i) => i.id)).toEqual(GENERIC_ISSUES)
  })

  it('labels every issue and gives cue terms in every tier-1 and tier-2 language', () => {
    for (const p of set.profiles) {
      for (const issue of p.data.issues) {
        expect(issue.label['en']).toBeTruthy()
        for (const lang of ['en', 'vi', 'ru', 'fr', 'de', 'tr', 'az', 'hy']) {
          expect(issue.concepts.some((c) => (c.terms[lang]?.length ?? 0) > 0), `${p.data.id}/${issue.id}/${lang}`).toBe(true)
        }
      }
    }
  })

  it('brings its aliases as actor files in the knowledge base\'s format', () => {
    expect(set.actorFiles.length).toBeGreaterThan(0)
    for (const file of set.actorFiles) expect(ActorFileSchema.safeParse(parse(readFileSync(file, 'utf8'))).success).toBe(true)
  })

  it('is chosen per document unless one is named', () => {
    expect(set.forced).toBe(false)
    const named = loadProfiles('generic')
    expect(named.forced).toBe(true)
    expect(named.profiles.map((p) => p.data.id)).toEqual(['generic'])
  })

  it('refuses an unknown name, listing the known ones', () => {
    expect(configError(() => loadProfiles('no-such-process')).message).toMatch(/no-such-process.*armenia-azerbaijan/)
  })
})

describe('a profile YAML file', () => {
  it('loads, resolves its actor files next to it, and is applied', () => {
    const file = write('valid.yaml', VALID)
    const set = loadProfiles(file)
    expect(set.actorFiles).toEqual([join(dir, 'test.actors.yaml')])
    const { profile, positions } = positionsOf('Serbia rejected the proposal on licence plates.', 'en', { Serbia: { id: 'SRB' } }, { profiles: set })
    expect(profile).toBe('test-process')
    expect(brief(positions)).toEqual(['licence-plates/SRB/reject'])
  })

  it('that does not validate is a clear error naming the file and the field', () => {
    const file = write('invalid.yaml', VALID.replace('id: licence-plates', 'id: Licence Plates'))
    const error = configError(() => loadProfiles(file))
    expect(error.message).toContain(file)
    expect(error.message).toContain('issues.0.id')
  })

  it('that is not YAML is a clear error naming the file', () => {
    const file = write('broken.yaml', 'id: [unclosed\n')
    expect(configError(() => loadProfiles(file)).message).toContain(file)
  })

  it('that does not exist is a clear error', () => {
    expect(configError(() => loadProfiles(join(dir, 'missing.yaml'))).message).toContain('missing.yaml')
  })

  it('with a default issue that is not one of its issues is refused', () => {
    const file = write('default.yaml', VALID.replace('mediators: [EU]', 'mediators: [EU]\ndefault_issue: nothing'))
    expect(configError(() => loadProfiles(file)).message).toContain('default_issue')
  })
})
