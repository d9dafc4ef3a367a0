/** Small shared pieces: chips, badges, quotes, paging, loading and empty states. */
import type { ReactNode } from 'react'
import type { ActorLabel, EventView, Family, RecordStatus, SourceRef, Stance } from '../../../src/api/contract.js'
import { FAMILY_LABEL, STANCE_LABEL, formatDate, language, typeLabel } from '../format.js'
import { href } from '../router.js'

export function TypeChip({ type, family }: { type: string; family: Family }) {
  return <span className={`chip fam-${family}`} title={FAMILY_LABEL[family]}>{typeLabel(type)}</span>
}

export function StanceChip({ stance }: { stance: Stance }) {
  return <span className={`chip stance-${stance}`}>{STANCE_LABEL[stance]}</span>
}

export function StatusBadge({ status }: { status: RecordStatus }) {
  if (status === 'extracted') return null
  return <span className={`badge status-${status}`} title={`Analyst correction: ${status}`}>{status}</span>
}

export function LangBadge({ code }: { code: string }) {
  return <span className="lang" title={language(code)}>{code}</span>
}

export function Actors({ actors, empty = '—' }: { actors: readonly ActorLabel[]; empty?: string }) {
  if (actors.length === 0) return <span className="muted">{empty}</span>
  return (
    <>
      {actors.map((a, i) => (
        <span key={a.id}>
          {i > 0 ? ', ' : ''}
          <a href={href('actors', [a.id])}>{a.name}</a>
        </span>
      ))}
    </>
  )
}

/** A quote in its original language, with a link to it in the reader. */
export function Quote({ text, doc, start, end, source }: { text: string; doc: string; start: number; end: number; source: SourceRef }) {
  return (
    <figure className="quote">
      <blockquote lang={source.language}>{text}</blockquote>
      <figcaption>
        <LangBadge code={source.language} /> <a href={href('reader', [doc], { hl: `${start}-${end}` })}>{source.title ?? source.source}</a>
        {source.published ? <span className="muted"> · {formatDate(source.published)}</span> : null}
      </figcaption>
    </figure>
  )
}

/** One line per event: type, who → whom, when, where; a button opens it. */
export function EventLine({ e, onOpen, selected }: { e: EventView; onOpen: (e: EventView) => void; selected?: boolean }) {
  return (
    <li className={`event-line${selected ? ' selected' : ''}${e.status === 'rejected' ? ' rejected' : ''}`}>
      <button type="button" className="event-open" onClick={() => onOpen(e)} aria-label={`Open ${typeLabel(e.type)} event of ${formatDate(e.date?.value)}`}>
        <span className="event-date">{formatDate(e.date?.value)}</span>
        <TypeChip type={e.type} family={e.family} />
        <span className="event-who">
          {names(e.source)}
          {e.target.length > 0 ? ` → ${names(e.target)}` : ''}
          {e.mediators.length > 0 ? <span className="muted"> (mediator: {names(e.mediators)})</span> : null}
        </span>
        {e.location ? <span className="event-where">{e.location.name}</span> : null}
        {e.negated ? <span className="badge neg">not</span> : null}
        {e.future ? <span className="badge fut">planned</span> : null}
        <StatusBadge status={e.status} />
        <LangBadge code={e.document.language} />
      </button>
    </li>
  )
}

export const names = (actors: readonly ActorLabel[]) => (actors.length ? actors.map((a) => a.name).join(', ') : '—')

export function Pager({ total, limit, offset, onPage }: { total: number; limit: number; offset: number; onPage: (offset: number) => void }) {
  if (total <= limit) return null
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>Previous</button>
      <span>{offset + 1}–{Math.min(total, offset + limit)} of {total.toLocaleString('en')}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>Next</button>
    </nav>
  )
}

export function Loading() {
  return <p className="loading" role="status">Loading…</p>
}

export function ErrorBox({ error }: { error: { message: string } }) {
  return <p className="error" role="alert">Could not load: {error.message}</p>
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>
}

export function Panel({ title, children, actions, className }: { title: ReactNode; children: ReactNode; actions?: ReactNode; className?: string }) {
  return (
    <section className={`panel${className ? ` ${className}` : ''}`}>
      <header className="panel-head">
        <h2>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  )
}
