/**
 * The negotiation views built from the store's groupings: the issue board
 * (issue × party, latest position and its history) and rounds of talks.
 */
import type { BoardGroup, RoundGroup } from '../store/queries.js'
import type { ActorLabel, BoardIssue, IssueBoard, Round } from './contract.js'
import { eventView, positionView, type Labels } from './views.js'

export function boardOf(groups: readonly BoardGroup[], labels: Labels): IssueBoard {
  const issues = new Map<string, BoardIssue & { cells: BoardIssue['cells'][number][] }>()
  const parties = new Map<string, ActorLabel>()
  for (const g of groups) {
    const history = g.history.map((p) => positionView(p, labels))
    const latest = history[history.length - 1]
    if (!latest) continue
    const party = labels.of({ id: g.party, country: g.party })
    parties.set(g.party, party)
    const issue = issues.get(g.issue) ?? { issue: g.issue, lastDate: null, positions: 0, cells: [] }
    const last = g.history[g.history.length - 1]?.when ?? null
    issues.set(g.issue, {
      ...issue,
      positions: issue.positions + history.length,
      lastDate: [issue.lastDate, last].filter((d): d is string => d !== null).sort().pop() ?? null,
      cells: [...issue.cells, { party, latest, history }],
    })
  }
  return {
    parties: [...parties.values()].sort((a, b) => a.name.localeCompare(b.name)),
    issues: [...issues.values()].sort((a, b) => (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || a.issue.localeCompare(b.issue)),
  }
}

const unique = (labels: ActorLabel[]) => [...new Map(labels.map((l) => [l.id, l])).values()]

export function roundView(g: RoundGroup, labels: Labels): Round {
  const meetings = g.meetings.map((e) => eventView(e, labels))
  return {
    id: `${g.date ?? ''}|${g.location ?? ''}`,
    date: g.date,
    location: g.location,
    participants: unique(meetings.flatMap((m) => [...m.source, ...m.target])),
    mediators: unique(meetings.flatMap((m) => m.mediators)),
    meetings,
    outcomes: g.outcomes.map((e) => eventView(e, labels)),
    documents: new Set([...g.meetings, ...g.outcomes].map((e) => e.doc)).size,
  }
}
