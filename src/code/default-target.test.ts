import { describe, expect, it } from 'vitest'
import type { PlaceMention } from '../core/doc.js'
import { allActors, brief, code, placeIn, type ActorSpec } from './test-utils.js'

const ACTORS: ActorSpec[] = [
  { surface: 'Armenia', id: 'ARM' },
  { surface: 'Azerbaijan', id: 'AZE' },
  { surface: 'Baku', id: 'AZE', via: 'metonym' },
  { surface: 'Yerevan', id: 'ARM', via: 'metonym' },
  { surface: 'Russia', id: 'RUS' },
  { surface: 'the United States', id: 'USA' },
]
const held = (p: PlaceMention, by: string): PlaceMention => ({ ...p, place: { ...p.place, type: 'corridor', heldBy: by } })

function coded(text: string, places: PlaceMention[] = []) {
  return code({ text, language: 'en', actors: allActors(text, ACTORS), places }).map(brief)
}

describe('targets the sentence leaves unsaid', () => {
  const context = 'Armenia and Azerbaijan are negotiating a peace treaty. '

  it('aims an accusation by one side that names no one at the other side', () => {
    expect(coded(`${context}Baku accused the authorities of spreading disinformation.`).at(-1)).toBe('ACCUSE/allege AZE>ARM')
  })

  it('keeps a target the sentence names', () => {
    expect(coded(`${context}Yerevan accused Russia of failing its duties.`).at(-1)).toBe('ACCUSE/allege ARM>RUS')
  })

  it('fills nothing for a third party or for both sides', () => {
    const events = coded(`${context}Later the United States rejected the proposal.`)
    expect(events.at(-1)).toBe('REJECT USA>')
  })

  it('codes an act of force on a place against the side it was held by', () => {
    const text = `${context}Azerbaijan blocked the Lachin corridor.`
    const lachin = held(placeIn(text, 'Lachin corridor', 'Lachin corridor', 'AZE'), 'NKR')
    expect(coded(text, [lachin]).at(-1)).toBe('COERCE/restrict AZE>NKR')
  })

  it('does not turn an act of force against its own side', () => {
    const text = `${context}Azerbaijan blocked the Lachin corridor.`
    const lachin = held(placeIn(text, 'Lachin corridor', 'Lachin corridor', 'AZE'), 'AZE')
    expect(coded(text, [lachin]).at(-1)).toBe('COERCE/restrict AZE>')
  })
})
