/**
 * The issue board: agenda issues × parties, each cell the party's latest
 * stance; a cell opens its position history with the quotes.
 */
import type { BoardCell, IssueBoard } from '../../../src/api/contract.js'
import { useApi } from '../api.js'
import { CorrectionForm } from '../components/correction-form.js'
import { Empty, ErrorBox, Loading, Quote, StanceChip, StatusBadge } from '../components/ui.js'
import { formatDate, issueLabel, plural } from '../format.js'
import { go, href, type Route } from '../router.js'
import { useReloadStats, useStats } from '../stats.js'

export default function Issues({ route }: { route: Route }) {
  const { data: board, error, reload } = useApi<IssueBoard>('issues')
  const stats = useStats()
  const reloadStats = useReloadStats()
  const openIssue = route.params.get('issue')
  const openParty = route.params.get('party')
  if (error) return <ErrorBox error={error} />
  if (!board) return <Loading />
  if (board.issues.length === 0) return <Empty><h1>Issue board</h1><p>No positions on agenda issues have been extracted yet.</p></Empty>
  const cellOf = (issue: string, party: string) => board.issues.find((i) => i.issue === issue)?.cells.find((c) => c.party.id === party)
  const open = openIssue && openParty ? cellOf(openIssue, openParty) : undefined
  return (
    <div>
      <h1 className="page-title">Issue board <span className="muted small">{plural(board.issues.length, 'issue')} · {plural(board.parties.length, 'party', 'parties')}</span></h1>
      <div className={`split${open ? ' with-panel' : ''}`}>
        <section className="panel scroll-x">
          <table className="board">
            <thead>
              <tr><th scope="col">Issue</th>{board.parties.map((p) => <th key={p.id} scope="col"><a href={href('actors', [p.id])}>{p.name}</a></th>)}<th scope="col">Last stated</th></tr>
            </thead>
            <tbody>
              {board.issues.map((i) => (
                <tr key={i.issue} className={openIssue === i.issue ? 'open' : undefined}>
                  <th scope="row">{issueLabel(i.issue)} <span className="muted small">{i.status === 'no-data' ? 'no data' : i.status}</span></th>
                  {board.parties.map((p) => {
                    const cell = i.cells.find((c) => c.party.id === p.id)
                    return (
                      <td key={p.id}>
                        {cell ? (
                          <a className="cell-link" href={href('issues', [], { issue: i.issue, party: p.id })} aria-label={`${p.name} on ${issueLabel(i.issue)}: ${cell.latest.stance}`}>
                            <StanceChip stance={cell.latest.stance} /> <span className="cell-summary">{cell.latest.summary}</span>
                            {cell.count > 1 ? <span className="muted small"> ({cell.count})</span> : null}
                          </a>
                        ) : <span className="muted">—</span>}
                      </td>
                    )
                  })}
                  <td className="nowrap">{formatDate(i.lastDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {open ? (
          <aside className="panel side" aria-label="Position history">
            <History cell={open} issue={openIssue!} enabled={stats?.correctionsEnabled ?? false} onChanged={() => (reload(), reloadStats())} />
          </aside>
        ) : null}
      </div>
    </div>
  )
}

function History({ cell, issue, enabled, onChanged }: { cell: BoardCell; issue: string; enabled: boolean; onChanged: () => void }) {
  return (
    <div>
      <header className="event-panel-head">
        <h3>{cell.party.name} on {issueLabel(issue)}</h3>
        <button type="button" className="close" aria-label="Close history" onClick={() => go('issues')}>×</button>
      </header>
      {cell.count > cell.history.length ? <p className="muted small">The latest {cell.history.length} of {cell.count} positions.</p> : null}
      <ol className="position-history">
        {[...cell.history].reverse().map((p) => (
          <li key={p.key + p.doc}>
            <p><StanceChip stance={p.stance} /> <strong>{p.summary}</strong> <span className="muted">· {formatDate(p.date?.value ?? p.document.published)}</span> <StatusBadge status={p.status} /></p>
            <Quote text={p.evidence.text} doc={p.doc} start={p.evidence.start} end={p.evidence.end} source={p.document} />
            <CorrectionForm target={{ kind: 'position', record: p }} enabled={enabled} onDone={onChanged} />
          </li>
        ))}
      </ol>
      <p className="small"><a href={href('timeline', [], { issue })}>Events on this issue</a></p>
    </div>
  )
}
