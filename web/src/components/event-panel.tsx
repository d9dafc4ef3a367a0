/**
 * One event in full: what, who, when, where, its quote in the original
 * language (and the other reports of the same event), its correction
 * history, and the correction controls.
 */
import type { EventDetail } from '../../../src/api/contract.js'
import { useApi } from '../api.js'
import { FAMILY_LABEL, formatDate, language, typeLabel } from '../format.js'
import { href } from '../router.js'
import { useStats } from '../stats.js'
import { CorrectionForm } from './correction-form.js'
import { Actors, ErrorBox, Loading, Quote, StatusBadge, TypeChip } from './ui.js'

export function EventPanel({ doc, id, onClose, onChanged }: { doc: string; id: string; onClose?: () => void; onChanged?: () => void }) {
  const { data: e, error, loading, reload } = useApi<EventDetail>(`events/${encodeURIComponent(doc)}/${encodeURIComponent(id)}`)
  const stats = useStats()
  if (error) return <ErrorBox error={error} />
  if (loading || !e) return <Loading />
  return (
    <article className="event-panel" aria-label="Event">
      <header className="event-panel-head">
        <h3>
          <TypeChip type={e.type} family={e.family} /> {e.mode ? <span className="muted">{e.mode}</span> : null} <StatusBadge status={e.status} />
        </h3>
        {onClose ? <button type="button" className="close" onClick={onClose} aria-label="Close event">×</button> : null}
      </header>
      <dl className="facts">
        <dt>Family</dt><dd>{FAMILY_LABEL[e.family]}</dd>
        <dt>Actor</dt><dd><Actors actors={e.source} /></dd>
        <dt>Target</dt><dd><Actors actors={e.target} /></dd>
        {e.mediators.length > 0 ? (<><dt>Mediator</dt><dd><Actors actors={e.mediators} /></dd></>) : null}
        {e.attributed_to ? (<><dt>Claimed by</dt><dd><Actors actors={[e.attributed_to]} /></dd></>) : null}
        <dt>Date</dt><dd>{formatDate(e.date?.value)}{e.date && e.date.basis !== 'sentence' ? <span className="muted"> (from {e.date.basis})</span> : null}</dd>
        <dt>Place</dt><dd>{e.location ? <a href={href('map', [], { place: e.location.name })}>{e.location.name}</a> : <span className="muted">—</span>}</dd>
        {e.negated ? (<><dt>Negated</dt><dd>The report says this did not happen.</dd></>) : null}
        {e.future ? (<><dt>Planned</dt><dd>Announced or promised, not yet done.</dd></>) : null}
      </dl>
      {e.original ? (
        <p className="small muted">Extracted as {typeLabel(e.original.type)}, {formatDate(e.original.date?.value)}{e.original.location ? `, ${e.original.location.name}` : ''}; corrected by an analyst.</p>
      ) : null}
      <h4>Source{e.sources.length > 0 ? 's' : ''}</h4>
      {e.clusterInfo ? (
        <p className="small">
          Reported by {e.clusterInfo.reports} {e.clusterInfo.reports === 1 ? 'report' : 'reports'} in {e.clusterInfo.languages.map(language).join(', ')}
          {e.clusterInfo.contested ? <span className="badge contested" title="Reports disagree on what happened or who did it"> contested: {e.clusterInfo.contested}</span> : null}
        </p>
      ) : null}
      <Quote text={e.evidence.text} doc={e.doc} start={e.evidence.start} end={e.evidence.end} source={e.document} />
      {e.sources.map((s) => (
        <Quote key={`${s.doc}/${s.id}`} text={s.evidence.text} doc={s.doc} start={s.evidence.start} end={s.evidence.end} source={s.document} />
      ))}
      <h4>Correction</h4>
      <CorrectionForm target={{ kind: 'event', record: e }} enabled={stats?.correctionsEnabled ?? false} onDone={() => (reload(), onChanged?.())} />
      {e.history.length > 0 ? (
        <ol className="history small">
          {e.history.map((c) => (
            <li key={c.id}>{c.created_at.slice(0, 10)}: {c.action}{c.patch ? ` ${Object.keys(c.patch).join(', ')}` : ''}{c.note ? ` — “${c.note}”` : ''}</li>
          ))}
        </ol>
      ) : null}
      <p className="small"><a href={href('event', [e.doc, e.id])}>Permalink</a></p>
    </article>
  )
}
