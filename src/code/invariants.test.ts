import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PLOVER_TYPES } from '../core/doc.js'
import { availableLanguages } from '../languages/index.js'
import { languageFor } from './lexicon.js'
import { allActors, code, type ActorSpec } from './test-utils.js'

const ACTORS: ActorSpec[] = [
  { surface: 'Armenia', id: 'ARM' },
  { surface: 'Azerbaijan', id: 'AZE' },
  { surface: 'Russia', id: 'RUS' },
]

const WORDS = ['Armenia', 'Azerbaijan', 'Russia', 'and', 'agreed', 'to', 'talks', 'not', 'attacked', 'by', 'between',
  'will', 'meet', 'in', 'Baku', ',', '.', 'the', 'ceasefire', 'accused', 'of', 'blocking', 'said', 'that', 'mediated']

describe('event records', () => {
  it('quote the text exactly and have unique ids, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }), (words) => {
        const text = words.join(' ')
        const events = code({ text, language: 'en', actors: allActors(text, ACTORS) })
        const ids = new Set(events.map((e) => e.id))
        expect(ids.size).toBe(events.length)
        for (const e of events) {
          expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text)
          expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text)
          expect(e.evidence.start <= e.trigger.start && e.trigger.end <= e.evidence.end).toBe(true)
          expect(PLOVER_TYPES).toContain(e.type)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('language data', () => {
  it.each(availableLanguages().filter((iso) => languageFor(iso)?.iso === iso))('%s compiles', (iso) => {
    const lang = languageFor(iso)
    expect(lang?.iso).toBe(iso)
  })

  it('covers the tier-1 and tier-2 languages', () => {
    for (const iso of ['en', 'vi', 'ru', 'fr', 'de', 'tr', 'az', 'hy']) expect(languageFor(iso)?.iso).toBe(iso)
  })
})
