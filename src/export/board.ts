/**
 * The 'board' export: the negotiation as one JSON document — the issue board
 * (per profile and issue: status, its timeline, each party's latest position
 * with its evidence) and the rounds of talks with their outcomes.
 * `parley issues --json` prints the same value.
 */
import { computeBoard, type BoardProfile } from '../app/board.js'
import { computeRounds, type Round } from '../app/rounds.js'
import type { SqliteStore } from '../store/sqlite.js'

export interface BoardJson {
  readonly kind: 'board'
  /** The date the board is as of (ISO, partial), or null for everything known. */
  readonly at: string | null
  readonly profiles: readonly BoardProfile[]
  readonly rounds: readonly Round[]
}

export function boardJson(store: SqliteStore, at?: string): BoardJson {
  const board = computeBoard(store, { at: at ?? null })
  return { kind: 'board', at: board.at, profiles: board.profiles, rounds: computeRounds(store, { at: at ?? null }) }
}

const QUOTE_MAX = 160

function clip(text: string, max = QUOTE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s.padEnd(n))
const baseName = (source: string) => source.split(/[\\/]/).pop() ?? source

function profileText(p: BoardProfile): string[] {
  const lines = [`${p.label} — ${p.documents} document${p.documents === 1 ? '' : 's'}; parties: ${p.parties.join(', ') || '(none yet)'}`, '']
  lines.push(`${pad('ISSUE', 24)}${pad('STATUS', 11)}${pad('PARTY', 7)}${pad('STANCE', 9)}${pad('DATE', 12)}SUMMARY`)
  for (const issue of p.issues) {
    const cells = Object.values(issue.parties).filter((c) => c !== null)
    const head = `${pad(issue.id, 24)}${pad(issue.status === 'no-data' ? 'no data' : issue.status, 11)}`
    if (cells.length === 0) lines.push(head.trimEnd())
    cells.forEach((c, i) => {
      const lead = i === 0 ? head : ' '.repeat(35)
      const earlier = c.earlier > 0 ? ` (+${c.earlier} earlier)` : ''
      lines.push(`${lead}${pad(c.party, 7)}${pad(c.stance, 9)}${pad(c.date ?? '-', 12)}${c.summary}${earlier}`)
      lines.push(`${' '.repeat(35)}“${clip(c.evidence.text)}” [${baseName(c.evidence.source)} ${c.evidence.start}-${c.evidence.end}]`)
    })
  }
  return lines
}

function roundsText(rounds: readonly Round[]): string[] {
  if (rounds.length === 0) return []
  const lines = ['', 'Rounds of talks', '']
  for (const r of rounds) {
    const date = r.date ? `${r.date}${r.approximate ? '~' : ''}` : 'undated'
    const mediators = r.mediators.length > 0 ? `; mediators: ${r.mediators.join(', ')}` : ''
    lines.push(`${String(r.index).padStart(3)}. ${pad(date, 12)}${pad(r.venue ?? '(venue unknown)', 16)}${r.participants.join(', ')}${mediators}`)
    const outcome: [string, readonly { text: string; issues: readonly string[] }[]][] = [
      ['agreed', r.outcome.agreed], ['not agreed', r.outcome.notAgreed], ['open', r.outcome.open],
    ]
    for (const [label, items] of outcome) {
      for (const item of items.slice(0, 3)) {
        const issues = item.issues.length > 0 ? ` [${item.issues.join(', ')}]` : ''
        lines.push(`       ${pad(label + ':', 12)}“${clip(item.text, 120)}”${issues}`)
      }
    }
  }
  return lines
}

/** The board as a readable table, evidence quoted in the original language. */
export function boardText(board: BoardJson): string {
  const header = board.at ? [`Issue board as of ${board.at}`, ''] : []
  const body = board.profiles.flatMap((p, i) => [...(i > 0 ? [''] : []), ...profileText(p)])
  if (body.length === 0) return `${header.join('\n')}No positions stored yet: run \`parley ingest\` first.\n`
  return [...header, ...body, ...roundsText(board.rounds)].join('\n') + '\n'
}
