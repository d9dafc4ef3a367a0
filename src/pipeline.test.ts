import { describe, expect, it } from 'vitest'
import type { RawDoc } from './core/doc.js'
import { analyse, createContext } from './pipeline.js'

const ctx = createContext()
const raw = (body: string, published: string | null = null): RawDoc => ({
  source: 'test.txt', format: 'text', body, url: null, title: null, published, language: null, encoding: null,
})

describe('pipeline: a report that gives no year is dated by the known event it reports', () => {
  const report =
    'Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov held talks in Berlin, hosted by German Foreign Minister Annalena Baerbock.\n' +
    'The ministers agreed on March 1 to continue the negotiations, a German spokesperson said.\n' +
    'Last year Azerbaijan took full control of Nagorno-Karabakh.'

  it('infers the date from the Berlin talks of 28–29 February 2024 and resolves the rest against it', () => {
    const a = analyse(raw(report), ctx)
    expect(a.published).toEqual({ value: '2024-03-01', precision: 'day', inferred: true })
    expect(a.dates.find((d) => d.text === 'March 1')?.date?.value).toBe('2024-03-01')
    expect(a.dates.find((d) => d.text === 'Last year')?.date?.value).toBe('2023')
    // The talks themselves take the known event's day, not the report's.
    const talks = a.events.find((e) => e.type === 'CONSULT' && e.location?.name === 'Berlin')
    expect(talks?.date).toEqual({ value: '2024-02-28', precision: 'day', basis: 'known-event' })
  })

  it('does not give a years-old landmark day to a loose fit: contacts in Moscow in a 2023 report', () => {
    const text =
      'Moscow - The Russian military is in contact with Armenia and Azerbaijan, the Kremlin said.\n' +
      'In late September 2020 fighting resumed. Last year, the sides began talks on a peace treaty; in September Putin spoke about it.\n' +
      'Azerbaijan announced the start of anti-terrorist measures in Nagorno-Karabakh.'
    const a = analyse(raw(text), ctx)
    expect(a.published?.value).toBe('2023-09-19')
    const contacts = a.events.find((e) => e.type === 'CONSULT' && e.sentence === 0)
    expect(contacts).toBeDefined()
    expect(contacts?.date?.basis).not.toBe('known-event')
  })

  it('keeps the metadata date when there is one', () => {
    const a = analyse(raw(report, '2024-03-05'), ctx)
    expect(a.published).toEqual({ value: '2024-03-05', precision: 'day', inferred: false })
  })

  it('stays undated when nothing known is reported and the text has no year', () => {
    const a = analyse(raw('The two ministers met on Tuesday and agreed to meet again next month.'), ctx)
    expect(a.published).toBeNull()
  })
})
