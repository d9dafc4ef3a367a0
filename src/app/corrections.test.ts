import { describe, expect, it } from 'vitest'
import { sampleAnalyses } from '../api/fixtures.js'
import type { EventRecord } from '../core/doc.js'
import { applyCorrections, CorrectionInput, eventKey, positionKey, type Correction } from './corrections.js'

const [washington] = sampleAnalyses()
const a = washington!
const correction = (over: Partial<Correction>): Correction => ({
  id: 1, kind: 'event', doc: a.id, key: eventKey(a.events[0]!), action: 'confirm', patch: null, note: null, created_at: '2025-01-01T00:00:00Z', ...over,
})

describe('applyCorrections', () => {
  it('drops rejected records, applies edits and reports each status', () => {
    const out = applyCorrections(a, [
      correction({ id: 1, action: 'reject' }),
      correction({ id: 2, key: eventKey(a.events[1]!), action: 'edit', patch: { type: 'SUPPORT', future: true } }),
      correction({ id: 3, kind: 'position', key: positionKey(a.positions[0]!), action: 'edit', patch: { stance: 'demand' } }),
      correction({ id: 4, doc: 'ffffffffffffffff', action: 'reject' }),
    ])
    expect(out.analysis.events.map((e) => [e.id, e.type, e.future])).toEqual([['e2', 'SUPPORT', true]])
    expect(out.status.events).toEqual({ e2: 'edited' })
    expect(out.analysis.positions[0]!.stance).toBe('demand')
    expect(out.status.positions).toEqual(['edited'])
    expect(a.events).toHaveLength(2)
  })

  it('lets the latest correction of a record win', () => {
    const out = applyCorrections(a, [correction({ id: 5, action: 'confirm' }), correction({ id: 4, action: 'reject' })])
    expect(out.status.events['e1']).toBe('confirmed')
  })

  it('keys records by what survives re-extraction, not by id', () => {
    const e = a.events[0]!
    const renumbered: EventRecord = { ...e, id: 'e9' }
    expect(eventKey(renumbered)).toBe(eventKey(e))
    expect(eventKey(e)).toMatch(/^CONSULT@\d+-\d+#\d+-\d+$/)
    expect(positionKey(a.positions[0]!)).toMatch(/^border-delimitation\/ARM@\d+-\d+$/)
  })

  it('validates posted corrections', () => {
    const ok = { kind: 'event', doc: a.id, key: 'x@1-2#1-2', action: 'edit', patch: { date: { value: '2023-05', precision: 'month' } } }
    expect(CorrectionInput.safeParse(ok).success).toBe(true)
    expect(CorrectionInput.safeParse({ ...ok, patch: { date: { value: '5 May', precision: 'day' } } }).success).toBe(false)
    expect(CorrectionInput.safeParse({ ...ok, action: 'confirm' }).success).toBe(false)
    expect(CorrectionInput.safeParse({ ...ok, kind: 'position', patch: { stance: 'maybe' } }).success).toBe(false)
  })
})
