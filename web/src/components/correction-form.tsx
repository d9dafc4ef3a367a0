/**
 * Confirm, reject or edit an event or a position. Shown only when the server
 * accepts corrections; asks for the token first when none is entered.
 */
import { useState, type FormEvent } from 'react'
import { PLOVER_TYPES_LIST } from '../plover.js'
import type { EventView, PositionView, Stance } from '../../../src/api/contract.js'
import { postCorrection, useToken, type CorrectionRequest } from '../api.js'
import { href } from '../router.js'

type Target = { kind: 'event'; record: EventView } | { kind: 'position'; record: PositionView }

export function CorrectionForm({ target, enabled, onDone }: { target: Target; enabled: boolean; onDone: () => void }) {
  const token = useToken()
  const [editing, setEditing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  if (!enabled) return <p className="muted small">Corrections are disabled on this server (start it with PARLEY_TOKEN).</p>
  if (!token) return <p className="muted small">To correct this record, <a href={href('corrections')}>enter your token</a>.</p>
  const send = async (request: Omit<CorrectionRequest, 'kind' | 'doc' | 'key'>) => {
    setBusy(true)
    setMessage(null)
    try {
      await postCorrection({ kind: target.kind, doc: target.record.doc, key: target.record.key, ...request })
      setEditing(false)
      setMessage('Saved.')
      onDone()
    } catch (error) {
      setMessage(`Not saved: ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="correct">
      <div className="correct-actions" role="group" aria-label="Correct this record">
        <button type="button" disabled={busy} onClick={() => send({ action: 'confirm' })}>Confirm</button>
        <button type="button" disabled={busy} className="danger" onClick={() => send({ action: 'reject' })}>Reject</button>
        <button type="button" disabled={busy} onClick={() => setEditing(!editing)} aria-expanded={editing}>Edit…</button>
      </div>
      {editing ? (target.kind === 'event' ? <EventEdit e={target.record} onSave={send} /> : <PositionEdit p={target.record} onSave={send} />) : null}
      {message ? <p className="small" role="status">{message}</p> : null}
    </div>
  )
}

type Save = (r: { action: 'edit'; patch: Record<string, unknown>; note?: string }) => void

function dateOf(value: string): { value: string; precision: string } | null {
  if (!value) return null
  return { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' }
}

function EventEdit({ e, onSave }: { e: EventView; onSave: Save }) {
  const [type, setType] = useState<string>(e.type)
  const [date, setDate] = useState(e.date?.value ?? '')
  const [location, setLocation] = useState(e.location?.name ?? '')
  const [negated, setNegated] = useState(e.negated)
  const [note, setNote] = useState('')
  const submit = (ev: FormEvent) => {
    ev.preventDefault()
    const patch: Record<string, unknown> = {}
    if (type !== e.type) patch['type'] = type
    if (date !== (e.date?.value ?? '')) patch['date'] = dateOf(date)
    if (location !== (e.location?.name ?? '')) patch['location'] = location || null
    if (negated !== e.negated) patch['negated'] = negated
    if (Object.keys(patch).length > 0) onSave({ action: 'edit', patch, ...(note ? { note } : {}) })
  }
  return (
    <form className="edit-form" onSubmit={submit}>
      <label>Type <select value={type} onChange={(x) => setType(x.target.value)}>{PLOVER_TYPES_LIST.map((t) => <option key={t}>{t}</option>)}</select></label>
      <label>Date <input value={date} onChange={(x) => setDate(x.target.value)} placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
      <label>Place <input value={location} onChange={(x) => setLocation(x.target.value)} /></label>
      <label className="check"><input type="checkbox" checked={negated} onChange={(x) => setNegated(x.target.checked)} /> Did not happen (negated)</label>
      <label>Note <input value={note} onChange={(x) => setNote(x.target.value)} maxLength={2000} /></label>
      <button type="submit">Save edit</button>
    </form>
  )
}

const STANCES: Stance[] = ['propose', 'demand', 'accept', 'reject']

function PositionEdit({ p, onSave }: { p: PositionView; onSave: Save }) {
  const [stance, setStance] = useState<Stance>(p.stance)
  const [summary, setSummary] = useState(p.summary)
  const submit = (ev: FormEvent) => {
    ev.preventDefault()
    const patch: Record<string, unknown> = {}
    if (stance !== p.stance) patch['stance'] = stance
    if (summary !== p.summary) patch['summary'] = summary
    if (Object.keys(patch).length > 0) onSave({ action: 'edit', patch })
  }
  return (
    <form className="edit-form" onSubmit={submit}>
      <label>Stance <select value={stance} onChange={(x) => setStance(x.target.value as Stance)}>{STANCES.map((s) => <option key={s}>{s}</option>)}</select></label>
      <label>Summary <input value={summary} onChange={(x) => setSummary(x.target.value)} maxLength={500} /></label>
      <button type="submit">Save edit</button>
    </form>
  )
}
