import { describe, expect, it } from 'vitest'
import type { DateMention, DocumentDate } from '../core/doc.js'
import type { TextUnit } from '../core/unit.js'
import { codeEvents } from './index.js'
import { allActors, code, dateIn, sentencesOf, type ActorSpec } from './test-utils.js'

const ACTORS: ActorSpec[] = [
  { surface: 'Armenia', id: 'ARM' },
  { surface: 'Azerbaijan', id: 'AZE' },
  { surface: 'Russia', id: 'RUS' },
  { surface: 'Baku', id: 'AZE', via: 'metonym' },
  { surface: 'Yerevan', id: 'ARM', via: 'metonym' },
]
const PUBLISHED: DocumentDate = { value: '2023-09-20', precision: 'day', inferred: false }
const since = (d: DateMention): DateMention => ({ ...d, flags: ['since'] })

function dated(text: string, language: string, dates: DateMention[], actors = ACTORS) {
  return code({ text, language, actors: allActors(text, actors), dates, published: PUBLISHED })
}

describe('event dates', () => {
  it('carries a narrative date to the next sentence', () => {
    const text = 'On 10 November 2020 Armenia and Azerbaijan agreed to a ceasefire. Russia deployed peacekeepers.'
    const events = dated(text, 'en', [dateIn(text, '10 November 2020', '2020-11-10', 'day')])
    expect(events.map((e) => [e.type, e.date?.value, e.date?.basis])).toEqual([
      ['AGREE', '2020-11-10', 'sentence'],
      ['AID', '2020-11-10', 'previous-sentence'],
    ])
  })

  it('gives "since 1991" to its own verb only, and does not carry it', () => {
    const text = 'Russia called on Baku and Yerevan to respect the documents, since Armenia has recognised Azerbaijan since 1991. Russia urged both sides to negotiate.'
    const events = dated(text, 'en', [since(dateIn(text, 'since 1991', '1991', 'year'))])
    const byType = (type: string) => events.filter((e) => e.type === type).map((e) => e.date)
    expect(byType('CONCEDE')).toEqual([{ value: '1991', precision: 'year', basis: 'sentence' }])
    // The call and the next sentence's appeal are that day's news.
    expect(byType('REQUEST').every((d) => d?.basis === 'document' && d.value === '2023-09-20')).toBe(true)
    expect(byType('REQUEST').length).toBeGreaterThan(1)
  })

  it('does not carry the date of an aside about the past ("Earlier, on 29 February ...")', () => {
    const text = 'Earlier, on 29 February, Armenia and Azerbaijan agreed to continue talks. Russia welcomed the agreement.'
    const events = dated(text, 'en', [dateIn(text, '29 February', '2024-02-29', 'day')])
    expect(events.find((e) => e.type === 'AGREE')?.date?.value).toBe('2024-02-29')
    expect(events.find((e) => e.sentence === 1)?.date).toEqual({ value: '2023-09-20', precision: 'day', basis: 'document' })
  })

  it('reads the aside opener as data in Vietnamese too ("Trước đó, ...")', () => {
    const text = 'Trước đó, ngày 29/2, Armenia và Azerbaijan đồng ý tiếp tục đàm phán. Nga hoan nghênh thỏa thuận.'
    const vi: ActorSpec[] = [{ surface: 'Armenia', id: 'ARM' }, { surface: 'Azerbaijan', id: 'AZE' }, { surface: 'Nga', id: 'RUS' }]
    const events = dated(text, 'vi', [dateIn(text, 'ngày 29/2', '2024-02-29', 'day')], vi)
    expect(events.find((e) => e.sentence === 0)?.date?.value).toBe('2024-02-29')
    expect(events.find((e) => e.sentence === 1)?.date?.basis).toBe('document')
  })
})

describe('coding a document again under other dates (known events moved its date)', () => {
  it('gives what coding it afresh under those dates gives', () => {
    const text = 'Armenia and Azerbaijan agreed to a ceasefire on 10 November. Russia deployed peacekeepers. Baku accused Yerevan of shelling.'
    const unit: TextUnit = { text, language: 'en', sentences: sentencesOf(text) }
    const input = { unit, actors: allActors(text, ACTORS), places: [] }
    const first = codeEvents({ ...input, dates: [dateIn(text, '10 November', '2023-11-10', 'day')], published: PUBLISHED })
    // the same document objects (as the pipeline passes them), other dates: only dating is done again
    const later: DocumentDate = { value: '2020-11-12', precision: 'day', inferred: true }
    const again = codeEvents({ ...input, dates: [dateIn(text, '10 November', '2020-11-10', 'day')], published: later })
    const afresh = code({ text, language: 'en', actors: allActors(text, ACTORS), dates: [dateIn(text, '10 November', '2020-11-10', 'day')], published: later })
    expect(again).toEqual(afresh)
    expect(again.map((e) => e.type)).toEqual(['AGREE', 'AID', 'ACCUSE', 'ASSAULT'])
    expect(again.map((e) => e.date?.value)).toEqual(['2020-11-10', '2020-11-10', '2020-11-10', '2020-11-10'])
    expect(first.map((e) => e.date?.value)).toEqual(['2023-11-10', '2023-11-10', '2023-11-10', '2023-11-10'])
  })
})
