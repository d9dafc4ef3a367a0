/** Actors: the network of who met, accused or supported whom, the list by activity, and each actor's page. */
import type { ActorDetail, ActorSummary, NetworkGraph, Page } from '../../../src/api/contract.js'
import { qs, useApi } from '../api.js'
import { Network } from '../components/network.js'
import { Empty, ErrorBox, EventLine, Loading, Panel, StanceChip, StatusBadge } from '../components/ui.js'
import { formatDate, issueLabel, plural, typeLabel } from '../format.js'
import { go, href, type Route } from '../router.js'

export default function Actors({ route }: { route: Route }) {
  const id = route.parts[0]
  return id ? <ActorPage id={id} /> : <ActorIndex route={route} />
}

function ActorIndex({ route }: { route: Route }) {
  const level = route.params.get('level') === 'country' ? 'country' : 'actor'
  const graph = useApi<NetworkGraph>(`network${qs({ level })}`)
  const list = useApi<Page<ActorSummary>>('actors?limit=200')
  return (
    <div>
      <h1 className="page-title">Actors {list.data ? <span className="muted small">{plural(list.data.total, 'actor')}</span> : null}</h1>
      <Panel
        title="Network"
        actions={
          <div role="group" aria-label="Level" className="toggle">
            <button type="button" aria-pressed={level === 'actor'} onClick={() => go('actors', [], {})}>People and states</button>
            <button type="button" aria-pressed={level === 'country'} onClick={() => go('actors', [], { level: 'country' })}>States only</button>
          </div>
        }
      >
        {graph.error ? <ErrorBox error={graph.error} /> : null}
        {!graph.data ? <Loading /> : graph.data.nodes.length === 0 ? <Empty><p>No events with actors yet, so no network.</p></Empty> : (
          <Network graph={graph.data} onOpen={(actor) => go('actors', [actor])} />
        )}
      </Panel>
      <Panel title="By activity">
        {!list.data ? <Loading /> : list.data.total === 0 ? <p className="muted">No actors found yet.</p> : (
          <div className="scroll-x">
            <table className="actors-table">
              <thead><tr><th scope="col">Actor</th><th scope="col">Type</th><th scope="col">State</th><th scope="col">Events</th><th scope="col">As mediator</th><th scope="col">Mentions</th><th scope="col">Reports</th></tr></thead>
              <tbody>
                {list.data.items.map((a) => (
                  <tr key={a.id}>
                    <td><a href={href('actors', [a.id])}>{a.name}</a></td>
                    <td>{a.type ?? '—'}</td>
                    <td>{a.country}</td>
                    <td>{a.events > 0 ? <a href={href('timeline', [], { actor: a.id })}>{a.events}</a> : 0}</td>
                    <td>{a.roles.mediator > 0 ? <a href={href('timeline', [], { actor: a.id })}>{a.roles.mediator}</a> : 0}</td>
                    <td>{a.mentions}</td>
                    <td>{a.documents}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </div>
  )
}

function ActorPage({ id }: { id: string }) {
  const { data: a, error } = useApi<ActorDetail>(`actors/${encodeURIComponent(id)}`)
  if (error) return <ErrorBox error={error} />
  if (!a) return <Loading />
  const open = (e: { doc: string; id: string }) => go('event', [e.doc, e.id])
  return (
    <div>
      <p><a href={href('actors')}>← Actors</a></p>
      <h1 className="page-title">{a.name} <span className="muted small">{a.type ?? 'actor'}{a.country !== a.id ? ` · ${a.country}` : ''}{a.sector ? ` · ${a.sector}` : ''}</span></h1>
      <div className="cards">
        <a className="card" href={href('timeline', [], { actor: a.id })}><span className="card-n">{a.events}</span><span className="card-label">events</span></a>
        <a className="card" href={href('timeline', [], { actor: a.id })}><span className="card-n">{a.roles.source}</span><span className="card-label">as actor</span></a>
        <a className="card" href={href('timeline', [], { actor: a.id })}><span className="card-n">{a.roles.target}</span><span className="card-label">as target</span></a>
        <a className="card" href={href('timeline', [], { actor: a.id })}><span className="card-n">{a.roles.mediator}</span><span className="card-label">as mediator</span></a>
        <a className="card" href={href('search', [], { q: a.name })}><span className="card-n">{a.mentions}</span><span className="card-label">mentions</span><span className="card-detail">in {plural(a.documents, 'report')}</span></a>
      </div>
      <div className="grid-2">
        <Panel title="Recent events" actions={<a href={href('timeline', [], { actor: a.id })}>All on the timeline</a>}>
          {a.recent.length === 0 ? <p className="muted">No events.</p> : <ul className="event-list">{a.recent.map((e) => <EventLine key={`${e.doc}/${e.id}`} e={e} onOpen={open} />)}</ul>}
        </Panel>
        <div>
          <Panel title="Dealt with">
            {a.coActors.length === 0 ? <p className="muted">Nobody else in the same events.</p> : (
              <ul className="plain">
                {a.coActors.slice(0, 15).map((c) => (
                  <li key={c.actor.id}>
                    <a href={href('actors', [c.actor.id])}>{c.actor.name}</a> <span className="muted small">{plural(c.count, 'event')}: {Object.entries(c.types).map(([t, n]) => `${typeLabel(t)} ${n}`).join(', ')}</span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <Panel title="Positions">
            {a.positions.length === 0 ? <p className="muted">No positions stated.</p> : (
              <>
              {a.positionCount > a.positions.length ? <p className="muted small">The first {a.positions.length} of {a.positionCount} positions.</p> : null}
              <ul className="plain">
                {a.positions.map((p) => (
                  <li key={p.doc + p.key}>
                    <a href={href('issues', [], { issue: p.issue, party: p.party.country })}>{issueLabel(p.issue)}</a>: <StanceChip stance={p.stance} /> {p.summary} <span className="muted small">{formatDate(p.date?.value)}</span> <StatusBadge status={p.status} />
                  </li>
                ))}
              </ul>
              </>
            )}
          </Panel>
        </div>
      </div>
    </div>
  )
}

