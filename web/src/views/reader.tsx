/**
 * The reader: one document's cleaned text with its actors, places, dates and
 * event triggers highlighted. Clicking (or Enter on) a highlight shows the
 * records behind it; `?hl=start-end` marks and scrolls to a quote.
 */
import { useEffect, useMemo, useState } from 'react'
import type { DocumentView } from '../../../src/api/contract.js'
import { useApi } from '../api.js'
import { EventPanel } from '../components/event-panel.js'
import { ErrorBox, EventLine, LangBadge, Loading, StanceChip, StatusBadge } from '../components/ui.js'
import { formatDate, httpHref, issueLabel, language } from '../format.js'
import { pieces, paragraphs, type Mark, type Piece } from '../highlight.js'
import { href, type Route } from '../router.js'

function marksOf(doc: DocumentView, focus: { start: number; end: number } | null): Mark[] {
  return [
    ...doc.events.map((e) => ({ start: e.evidence.start, end: e.evidence.end, kind: 'evidence' as const, ref: e.id })),
    ...doc.events.map((e) => ({ start: e.trigger.start, end: e.trigger.end, kind: 'trigger' as const, ref: e.id })),
    ...doc.actors.map((m, i) => ({ start: m.start, end: m.end, kind: 'actor' as const, ref: String(i) })),
    ...doc.places.map((m, i) => ({ start: m.start, end: m.end, kind: 'place' as const, ref: String(i) })),
    ...doc.dates.map((m, i) => ({ start: m.start, end: m.end, kind: 'date' as const, ref: String(i) })),
    ...(focus ? [{ ...focus, kind: 'focus' as const, ref: 'focus' }] : []),
  ]
}

export default function Reader({ route }: { route: Route }) {
  const id = route.parts[0] ?? ''
  const { data: doc, error, reload } = useApi<DocumentView>(id ? `documents/${encodeURIComponent(id)}` : null)
  const [picked, setPicked] = useState<Piece | null>(null)
  const focus = useMemo(() => {
    const m = /^(\d+)-(\d+)$/.exec(route.params.get('hl') ?? '')
    return m ? { start: Number(m[1]), end: Number(m[2]) } : null
  }, [route])
  useEffect(() => {
    if (doc && focus) document.querySelector('.hl-focus')?.scrollIntoView({ block: 'center' })
  }, [doc, focus])
  if (!id) return <p>No document selected. <a href={href('documents')}>Documents</a></p>
  if (error) return <ErrorBox error={error} />
  if (!doc) return <Loading />
  const marks = marksOf(doc, focus)
  const link = httpHref(doc.url)
  const pickedEvent = picked?.marks.find((m) => m.kind === 'trigger' || m.kind === 'evidence')
  return (
    <div className="reader">
      <header className="reader-head">
        <h1 lang={doc.language}>{doc.title ?? doc.source}</h1>
        <p className="muted">
          <LangBadge code={doc.language} /> {language(doc.language)} · {formatDate(doc.published)} · {link ? <a href={link} rel="noreferrer noopener" target="_blank">{doc.source}</a> : doc.source}
          {doc.version > 1 ? ` · version ${doc.version}` : ''}
        </p>
        <p className="legend small">
          <span className="hl-actor">actor</span> <span className="hl-place">place</span> <span className="hl-date">date</span> <span className="hl-trigger">event</span> <span className="hl-evidence">evidence</span>
        </p>
      </header>
      <div className="split with-panel">
        <article className="panel doc-text" lang={doc.language}>
          {paragraphs(doc.text).map((p) => (
            <p key={p.start}>{pieces(doc.text, marks, p.start, p.end).map((piece) => <Text key={piece.start} piece={piece} onPick={setPicked} />)}</p>
          ))}
        </article>
        <aside className="panel side">
          {picked ? <Picked piece={picked} doc={doc} /> : <p className="muted small">Select a highlight to see what was extracted from it.</p>}
          {pickedEvent ? <EventPanel key={pickedEvent.ref} doc={doc.id} id={pickedEvent.ref} onChanged={reload} /> : null}
          <h3>Events in this report</h3>
          {doc.events.length === 0 ? <p className="muted small">None coded.</p> : (
            <ul className="event-list compact">
              {doc.events.map((e) => <EventLine key={e.id} e={e} onOpen={() => setPicked(pieces(doc.text, marks, e.trigger.start, e.trigger.end)[0] ?? null)} />)}
            </ul>
          )}
          {doc.positions.length > 0 ? (
            <>
              <h3>Positions</h3>
              <ul className="plain small">
                {doc.positions.map((p) => (
                  <li key={p.key}><a href={href('issues', [], { issue: p.issue, party: p.party.country })}>{p.party.name}</a> <StanceChip stance={p.stance} /> {issueLabel(p.issue)}: {p.summary} <StatusBadge status={p.status} /></li>
                ))}
              </ul>
            </>
          ) : null}
        </aside>
      </div>
    </div>
  )
}

function Text({ piece, onPick }: { piece: Piece; onPick: (p: Piece) => void }) {
  const kinds = new Set(piece.marks.map((m) => m.kind))
  if (kinds.size === 0) return <>{piece.text}</>
  const className = [...kinds].map((k) => `hl-${k}`).join(' ')
  const clickable = [...kinds].some((k) => k !== 'evidence' && k !== 'focus')
  if (!clickable) return <mark className={className}>{piece.text}</mark>
  return (
    <mark className={className} tabIndex={0} role="button" onClick={() => onPick(piece)}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onPick(piece))}>
      {piece.text}
    </mark>
  )
}

function Picked({ piece, doc }: { piece: Piece; doc: DocumentView }) {
  return (
    <div className="picked">
      <h3>“{piece.text}”</h3>
      <ul className="plain small">
        {piece.marks.map((m) => {
          const i = Number(m.ref)
          if (m.kind === 'actor') {
            const a = doc.actors[i]!
            return <li key={`a${i}`}>Actor: <a href={href('actors', [a.actor.id])}>{a.actor.name}</a> <span className="muted">({a.actor.type}, {a.actor.country}, by {a.via})</span></li>
          }
          if (m.kind === 'place') {
            const p = doc.places[i]!
            return <li key={`p${i}`}>Place: <a href={href('map', [], { place: p.place.name })}>{p.place.name}</a> <span className="muted">({p.place.type}{p.place.country ? `, ${p.place.country}` : ''})</span></li>
          }
          if (m.kind === 'date') {
            const d = doc.dates[i]!
            return <li key={`d${i}`}>Date: {d.date ? formatDate(d.date.value) : <span className="muted">unresolved</span>}{d.relative ? <span className="muted"> (relative)</span> : null}</li>
          }
          return null
        })}
      </ul>
    </div>
  )
}
