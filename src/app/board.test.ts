import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActorRef, Analysis, EventRecord, PartialDate, PositionRecord, Stance } from '../core/doc.js'
import { docIdFor } from '../core/ids.js'
import { quote } from '../core/span.js'
import { openStore, type SqliteStore } from '../store/index.js'
import { Command } from 'commander'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { registerIssues } from '../cli/commands/issues.js'
import { boardJson } from '../export/board.js'
import { addCorrection } from '../store/queries.js'
import { positionKey } from './corrections.js'
import { computeBoard, issueStatus, knownAt, type BoardCell } from './board.js'
import { computeRounds } from './rounds.js'

// Fixtures: hand-made analyses (texts written for these tests) stored in a temporary SQLite file.
const ref = (id: string): ActorRef => ({ id, country: id, sector: 'GOV' })

interface Doc {
  readonly source: string
  readonly published: string | null
  readonly sentences: readonly string[]
  readonly language?: string
  readonly profile?: string
  readonly positions?: readonly { s: number; issue: string; party: string; stance: Stance; summary?: string; date?: string }[]
  readonly events?: readonly { s: number; type: EventRecord['type']; source: string[]; target?: string[]; mediators?: string[]; date?: string; location?: string; negated?: boolean; future?: boolean }[]
}

const dateOf = (value: string): PartialDate => ({ value, precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day' })

function analysisOf(doc: Doc): Analysis {
  const text = doc.sentences.join(' ')
  let at = 0
  const sentences = doc.sentences.map((s, index) => {
    const span = { start: at, end: at + s.length, index }
    at += s.length + 1
    return span
  })
  const span = (s: number) => sentences[s]!
  const positions: PositionRecord[] = (doc.positions ?? []).map((p) => ({
    issue: p.issue, party: ref(p.party), stance: p.stance, summary: p.summary ?? p.issue, date: p.date ? dateOf(p.date) : null,
    evidence: quote(text, span(p.s)), sentence: p.s,
  }))
  const events: EventRecord[] = (doc.events ?? []).map((e, i) => ({
    id: `e${i + 1}`, type: e.type, mode: null, source: e.source.map(ref), target: (e.target ?? []).map(ref),
    mediators: (e.mediators ?? []).map(ref), date: e.date ? { ...dateOf(e.date), basis: 'sentence' } : null,
    location: e.location ? { name: e.location, country: null, lat: null, lon: null } : null,
    negated: e.negated ?? false, future: e.future ?? false, attributed_to: null, evidence: quote(text, span(e.s)), sentence: e.s,
    trigger: quote(text, { start: span(e.s).start, end: span(e.s).start + 3 }),
  }))
  return {
    id: docIdFor(text), source: doc.source, url: null, title: null, language: doc.language ?? 'en',
    published: doc.published ? { ...dateOf(doc.published), inferred: false } : null,
    text, sentences, actors: [], places: [], dates: [], events, positions, profile: doc.profile ?? 'armenia-azerbaijan', messages: [],
  }
}

/** A store holding the documents; `done()` closes and removes it. */
function storeOf(docs: readonly Doc[]): { store: SqliteStore; path: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-board-'))
  const path = join(dir, 'test.db')
  const store = openStore(path)
  store.saveBatch(docs.map(analysisOf), '2024-01-01T00:00:00.000Z')
  return { store, path, done: () => { store.close(); rmSync(dir, { recursive: true, force: true }) } }
}

const cell = (stance: BoardCell['stance'], doc = 'd1', start = 0): Pick<BoardCell, 'stance' | 'evidence'> => ({
  stance, evidence: { doc, source: 'x', language: 'en', start, end: 10, text: 'x' },
})

describe('issue status', () => {
  it.each([
    [[], 'no-data'],
    [[cell('accept', 'a'), cell('accept', 'b')], 'agreed'],
    [[cell('accept')], 'narrowing'],
    [[cell('accept', 'a'), cell('demand', 'b')], 'narrowing'],
    [[cell('propose', 'a'), cell('propose', 'b')], 'disputed'],
    [[cell('propose', 'a', 5), cell('propose', 'a', 5)], 'narrowing'],
    [[cell('demand', 'a'), cell('reject', 'b')], 'disputed'],
    [[cell('accept', 'a'), cell('reject', 'b')], 'disputed'],
    [[cell('demand')], 'disputed'],
  ] as const)('%j → %s', (cells, status) => {
    expect(issueStatus(cells)).toBe(status)
  })

  it('compares partial dates as prefixes', () => {
    expect(knownAt('2023-05-01', '2023-05')).toBe(true)
    expect(knownAt('2023-06', '2023-05')).toBe(false)
    expect(knownAt('2023', '2023-05')).toBe(true)
    expect(knownAt(null, '2023')).toBe(false)
    expect(knownAt(null, null)).toBe(true)
  })
})

// Reports written for these tests, after the 2023 Washington rounds.
const DOCS: Doc[] = [
  {
    source: 'may.txt', published: '2023-05-02',
    sentences: [
      'Armenia wants the border drawn on the Soviet maps of 1975.',
      'Azerbaijan wants legally binding documents to be the basis.',
      'Azerbaijan rejected an international mechanism for the Karabakh Armenians.',
    ],
    positions: [
      { s: 0, issue: 'border-delimitation', party: 'ARM', stance: 'propose', summary: 'border delimitation: Soviet maps, 1975' },
      { s: 1, issue: 'border-delimitation', party: 'AZE', stance: 'propose', summary: 'border delimitation: legally binding documents' },
      { s: 2, issue: 'karabakh-armenians', party: 'AZE', stance: 'reject' },
    ],
  },
  {
    source: 'july.txt', published: '2023-07',
    sentences: ['Phía Armenia muốn sử dụng bản đồ của Liên Xô.', 'Hai bên đã nhất trí trao đổi tù binh.'],
    language: 'vi',
    positions: [
      { s: 0, issue: 'border-delimitation', party: 'ARM', stance: 'propose', summary: 'border delimitation: Soviet maps' },
      { s: 1, issue: 'prisoners', party: 'ARM', stance: 'accept' },
      { s: 1, issue: 'prisoners', party: 'AZE', stance: 'accept' },
    ],
  },
]

describe('the board', () => {
  const { store, done } = storeOf(DOCS)
  afterAll(done)
  const issue = (id: string, at?: string) => computeBoard(store, at ? { at } : {}).profiles[0]!.issues.find((i) => i.id === id)!

  it('lists every issue of the profile, with its parties', () => {
    const board = computeBoard(store)
    expect(board.profiles.map((p) => p.id)).toEqual(['armenia-azerbaijan'])
    expect(board.profiles[0]!.parties).toEqual(['ARM', 'AZE'])
    expect(board.profiles[0]!.issues).toHaveLength(11)
    expect(issue('constitution').status).toBe('no-data')
  })

  it('gives each party\'s latest position with its evidence in the original language', () => {
    const border = issue('border-delimitation')
    expect(border.status).toBe('disputed')
    expect(border.parties['ARM']!.evidence.text).toBe('Phía Armenia muốn sử dụng bản đồ của Liên Xô.')
    expect(border.parties['ARM']!.evidence.language).toBe('vi')
    expect(border.parties['ARM']!.earlier).toBe(1)
    expect(border.parties['AZE']!.summary).toContain('legally binding documents')
    const text = analysisOf(DOCS[1]!).text
    const e = border.parties['ARM']!.evidence
    expect(text.slice(e.start, e.end)).toBe(e.text)
  })

  it('shows the status over time', () => {
    expect(issue('prisoners').status).toBe('agreed')
    expect(issue('prisoners').timeline).toEqual([{ date: '2023-07', status: 'agreed' }])
  })

  it('as of a date, knows only what was said by then', () => {
    expect(issue('prisoners', '2023-06').status).toBe('no-data')
    expect(issue('border-delimitation', '2023-05').parties['ARM']!.evidence.language).toBe('en')
  })

  it('leaves out positions an analyst rejected', () => {
    const a = analysisOf(DOCS[0]!)
    const p = a.positions[2]!
    addCorrection(store.db, { kind: 'position', doc: a.id, key: positionKey(p), action: 'reject' }, '2024-01-02T00:00:00.000Z')
    expect(issue('karabakh-armenians').status).toBe('no-data')
  })
})

// Reports written for these tests: the first Washington round of May 2023, told twice, and a later one.
const ROUND_DOCS: Doc[] = [
  {
    source: 'round-a.txt', published: '2023-05-02',
    sentences: [
      'The foreign ministers of Armenia and Azerbaijan met in Washington on May 1.',
      'They agreed on several articles of the peace treaty.',
      'They have not agreed on the border.',
      'Azerbaijan demanded the withdrawal of troops.',
      'Blinken also met Pashinyan separately.',
    ],
    events: [
      { s: 0, type: 'CONSULT', source: ['ARM', 'AZE'], mediators: ['USA'], location: 'Washington', date: '2023-05-01' },
      { s: 1, type: 'AGREE', source: ['ARM', 'AZE'] },
      { s: 2, type: 'AGREE', source: ['ARM', 'AZE'], negated: true },
      { s: 4, type: 'CONSULT', source: ['USA'], target: ['ARM'] },
    ],
    positions: [{ s: 3, issue: 'troop-withdrawal', party: 'AZE', stance: 'demand' }],
  },
  {
    source: 'round-b.txt', published: '2023-05-03',
    sentences: ['Mirzoyan and Bayramov held talks in Washington this month.'],
    events: [{ s: 0, type: 'CONSULT', source: ['ARM'], target: ['AZE'], location: 'Washington', date: '2023-05' }],
  },
  {
    source: 'round-c.txt', published: '2023-07', language: 'vi',
    sentences: ['Vòng đàm phán thứ hai giữa Armenia và Azerbaijan diễn ra tại Washington.'],
    events: [{ s: 0, type: 'CONSULT', source: ['ARM', 'AZE'], mediators: ['USA'], location: 'Washington' }],
  },
]

describe('rounds', () => {
  const { store, done } = storeOf(ROUND_DOCS)
  afterAll(done)
  const rounds = computeRounds(store)

  it('are meetings between the parties, one per place and date, across reports', () => {
    expect(rounds.map((r) => [r.date, r.venue, r.approximate, r.documents.length])).toEqual([
      ['2023-05-01', 'Washington', false, 2],
      ['2023-07', 'Washington', true, 1],
    ])
    expect(rounds[0]!.participants).toEqual(['ARM', 'AZE'])
    expect(rounds[0]!.mediators).toEqual(['USA'])
  })

  it('say what was agreed, not agreed and left open, with the issues', () => {
    const { agreed, notAgreed, open } = rounds[0]!.outcome
    expect(agreed.map((i) => [i.text, i.issues])).toEqual([['They agreed on several articles of the peace treaty.', ['peace-treaty']]])
    expect(notAgreed.map((i) => i.issues)).toEqual([['border-delimitation']])
    expect(open.map((i) => i.issues)).toEqual([['troop-withdrawal']])
  })

  it('as of a date, know only the earlier rounds', () => {
    expect(computeRounds(store, { at: '2023-06' }).map((r) => r.date)).toEqual(['2023-05-01'])
  })
})

describe('parley issues', () => {
  const { store, path, done } = storeOf(DOCS)
  afterAll(done)

  async function run(...args: string[]): Promise<string> {
    const program = new Command('parley').exitOverride()
    registerIssues(program, () => {})
    const chunks: string[] = []
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      chunks.push(String(chunk))
      return true
    })
    try {
      await program.parseAsync(['issues', '--db', path, ...args], { from: 'user' })
    } finally {
      spy.mockRestore()
    }
    return chunks.join('')
  }

  it('prints the board: issue, status, each party\'s latest stance and summary, the quote in its language', async () => {
    const out = await run()
    expect(out).toMatch(/border-delimitation\s+disputed\s+ARM\s+propose\s+2023-07\s+border delimitation: Soviet maps/)
    expect(out).toContain('“Phía Armenia muốn sử dụng bản đồ của Liên Xô.”')
    expect(out).toMatch(/constitution\s+no data/)
  })

  it('--json prints the same as boardJson()', async () => {
    expect(JSON.parse(await run('--json'))).toEqual(JSON.parse(JSON.stringify(boardJson(store))))
  })

  it('--at keeps what was known by then', async () => {
    const board = JSON.parse(await run('--json', '--at', '2023-06')) as ReturnType<typeof boardJson>
    expect(board.at).toBe('2023-06')
    expect(board.profiles[0]!.issues.find((i) => i.id === 'prisoners')!.status).toBe('no-data')
  })

  it('refuses a date it cannot read', async () => {
    await expect(run('--at', 'last week')).rejects.toMatchObject({ code: 'PARLEY_USAGE' })
  })
})
