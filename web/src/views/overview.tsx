/** Overview: counts, parties and mediators, the latest round, the issue board in brief, recent incidents. */
import type { Round, Stats } from '../../../src/api/contract.js'
import { Actors, Empty, ErrorBox, Loading, Panel, StanceChip, TypeChip } from '../components/ui.js'
import { FAMILY_LABEL, formatDate, issueLabel, language, plural } from '../format.js'
import { FAMILIES } from '../plover.js'
import { href } from '../router.js'
import { useApi } from '../api.js'

export default function Overview() {
  const { data: s, error } = useApi<Stats>('stats')
  if (error) return <ErrorBox error={error} />
  if (!s) return <Loading />
  if (s.documents === 0) {
    return (
      <Empty>
        <h1>No documents yet</h1>
        <p>Ingest reports with <code>parley ingest --db parley.db corpus/</code>, then reload this page.</p>
      </Empty>
    )
  }
  return (
    <div className="overview">
      <h1 className="page-title">Overview <span className="muted small">{formatDate(s.dateRange.from)} – {formatDate(s.dateRange.to)}</span></h1>
      <div className="cards">
        <Card n={s.documents} label="documents" link={href('documents')} />
        <Card n={Object.keys(s.languages).length} label="languages" link={href('documents')} detail={Object.entries(s.languages).map(([l, n]) => `${language(l)} ${n}`).join(' · ')} />
        <Card n={s.events} label="events" link={href('timeline')} />
        <Card n={s.actors} label="actors" link={href('actors')} />
        <Card n={s.positions} label="positions" link={href('issues')} />
        <Card n={s.corrections} label="corrections" link={href('corrections')} />
      </div>
      <div className="grid-2">
        <Panel title="Parties and mediators">
          <dl className="facts">
            <dt>Parties</dt><dd>{s.parties.length ? <Actors actors={s.parties} /> : <span className="muted">none identified yet</span>}</dd>
            <dt>Mediators</dt><dd>{s.mediators.length ? <Actors actors={s.mediators} /> : <span className="muted">none reported</span>}</dd>
          </dl>
          <FamilyBars counts={s.eventsByFamily} />
        </Panel>
        <Panel title="Latest round">{s.latestRound ? <RoundCard round={s.latestRound} /> : <p className="muted">No dated meeting reported yet.</p>}</Panel>
      </div>
      <div className="grid-2">
        <Panel title="Issue board" actions={<a href={href('issues')}>Open board</a>}>
          {s.board.length === 0 ? <p className="muted">No positions extracted yet.</p> : (
            <table className="mini-board">
              <tbody>
                {s.board.slice(0, 8).map((row) => (
                  <tr key={row.issue}>
                    <th scope="row"><a href={href('issues', [], { issue: row.issue })}>{issueLabel(row.issue)}</a></th>
                    <td>{row.stances.map((st) => <span key={st.party} className="party-stance">{st.party} <StanceChip stance={st.stance} /></span>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
        <Panel title="Recent incidents" actions={<a href={href('timeline', [], { family: 'material-conflict' })}>All</a>}>
          {s.recentIncidents.length === 0 ? <p className="muted">No material-conflict events reported.</p> : (
            <ul className="plain">
              {s.recentIncidents.map((e) => (
                <li key={`${e.doc}/${e.id}`}>
                  <a href={href('event', [e.doc, e.id])}><TypeChip type={e.type} family={e.family} /> {formatDate(e.date?.value)}{e.location ? ` · ${e.location.name}` : ''}</a>
                  <div className="small muted clamp" lang={e.document.language}>{e.evidence.text}</div>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </div>
  )
}

function Card({ n, label, link, detail }: { n: number; label: string; link: string; detail?: string }) {
  return (
    <a className="card" href={link}>
      <span className="card-n">{n.toLocaleString('en')}</span>
      <span className="card-label">{label}</span>
      {detail ? <span className="card-detail">{detail}</span> : null}
    </a>
  )
}

function FamilyBars({ counts }: { counts: Stats['eventsByFamily'] }) {
  const max = Math.max(1, ...FAMILIES.map((f) => counts[f]))
  return (
    <ul className="bars" aria-label="Events by PLOVER family">
      {FAMILIES.map((f) => (
        <li key={f}>
          <a href={href('timeline', [], { family: f })}>
            <span className="bar-label">{FAMILY_LABEL[f]}</span>
            <span className="bar-track"><span className={`bar fam-bg-${f}`} style={{ width: `${(counts[f] / max) * 100}%` }} /></span>
            <span className="bar-n">{counts[f]}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}

export function RoundCard({ round }: { round: Round }) {
  const first = round.meetings[0]
  return (
    <div className="round">
      <p className="round-title">
        <strong>{round.location ?? 'Place unknown'}</strong>, {formatDate(round.date)}
      </p>
      <dl className="facts">
        <dt>Participants</dt><dd><Actors actors={round.participants} /></dd>
        <dt>Mediators</dt><dd><Actors actors={round.mediators} empty="none reported" /></dd>
        <dt>Outcomes</dt>
        <dd>{round.outcomes.length ? round.outcomes.map((o) => <a key={`${o.doc}/${o.id}`} href={href('event', [o.doc, o.id])}><TypeChip type={o.type} family={o.family} /></a>) : <span className="muted">none reported</span>}</dd>
        <dt>Sources</dt><dd>{plural(round.documents, 'report')}</dd>
      </dl>
      {first ? <p className="small"><a href={href('event', [first.doc, first.id])}>Read the sources</a></p> : null}
    </div>
  )
}
