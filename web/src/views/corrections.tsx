/**
 * Corrections: enter the token the server was started with, see every
 * correction made (newest first), and review events still unreviewed.
 */
import { useState, type FormEvent } from 'react'
import type { CorrectionView, EventView, Page } from '../../../src/api/contract.js'
import { setToken, useApi, useToken } from '../api.js'
import { EventPanel } from '../components/event-panel.js'
import { Empty, ErrorBox, EventLine, Loading, Panel } from '../components/ui.js'
import { go, href, type Route } from '../router.js'
import { useReloadStats, useStats } from '../stats.js'

export default function Corrections({ route }: { route: Route }) {
  const stats = useStats()
  const token = useToken()
  const [draft, setDraft] = useState('')
  const history = useApi<Page<CorrectionView>>('corrections?limit=100')
  const queue = useApi<Page<EventView>>('events?status=extracted&limit=20')
  const reloadStats = useReloadStats()
  const selected = route.params.get('event')?.split('/')
  const save = (e: FormEvent) => {
    e.preventDefault()
    setToken(draft.trim() || null)
    setDraft('')
  }
  return (
    <div>
      <h1 className="page-title">Corrections</h1>
      <div className="grid-2">
        <Panel title="Your token">
          {stats && !stats.correctionsEnabled ? <p className="muted">This server does not accept corrections: start it with <code>PARLEY_TOKEN</code> set.</p> : null}
          {token ? (
            <p>A token is set for this browser session. <button type="button" className="link" onClick={() => setToken(null)}>Forget it</button></p>
          ) : (
            <form className="token-form" onSubmit={save}>
              <label>Token <input type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} /></label>
              <button type="submit">Use token</button>
            </form>
          )}
          <p className="small muted">Corrections are stored apart from what was extracted, shown as corrected everywhere, kept when reports are re-ingested, and exported.</p>
        </Panel>
        <Panel title="History">
          {history.error ? <ErrorBox error={history.error} /> : null}
          {!history.data ? <Loading /> : history.data.total === 0 ? <p className="muted">No corrections yet.</p> : (
            <ol className="history">
              {history.data.items.map((c) => (
                <li key={c.id}>
                  <span className={`badge status-${c.action === 'confirm' ? 'confirmed' : c.action === 'reject' ? 'rejected' : 'edited'}`}>{c.action}</span>{' '}
                  {c.kind} <code className="small">{c.key}</code>{' '}
                  <a href={href('reader', [c.doc])}>report</a>
                  {c.patch ? <span className="muted small"> {JSON.stringify(c.patch)}</span> : null}
                  {c.note ? <span className="small"> — “{c.note}”</span> : null}
                  <span className="muted small"> · {c.created_at.slice(0, 16).replace('T', ' ')}</span>
                </li>
              ))}
            </ol>
          )}
        </Panel>
      </div>
      <div className={`split${selected ? ' with-panel' : ''}`}>
        <Panel title="To review: events nobody has checked">
          {queue.data?.total === 0 ? <Empty><p>Every event has been reviewed.</p></Empty> : null}
          <ul className="event-list">
            {(queue.data?.items ?? []).map((e) => <EventLine key={`${e.doc}/${e.id}`} e={e} onOpen={(x) => go('corrections', [], { event: `${x.doc}/${x.id}` })} />)}
          </ul>
        </Panel>
        {selected && selected[0] && selected[1] ? (
          <aside className="panel side">
            <EventPanel doc={selected[0]} id={selected[1]} onClose={() => go('corrections')} onChanged={() => (history.reload(), queue.reload(), reloadStats())} />
          </aside>
        ) : null}
      </div>
    </div>
  )
}
