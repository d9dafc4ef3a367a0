/**
 * Does a mention belong to a cluster? The rules (src/merge/README.md):
 *
 * 1. Same type (or a related pair on the same day), no clash of named modes,
 *    no clash of places where both give one, dates that meet.
 * 2. Sides agree with every role pattern already in the cluster (complete
 *    linkage over its signatures, so chains cannot drift).
 * 3. Weaker dates need stronger other evidence: year-level dates need the
 *    same states or place; publication-bounded (undated) mentions need the
 *    same states and the same place (or, for meetings, the same mode).
 * 4. Negation splits events, except for incidents, where a denial of an
 *    attributed claim joins it as a contested version; so does a report that
 *    blames another perpetrator for the same day and place.
 */
import { INCIDENT, MODE_IDENTIFIES, SYMMETRIC } from './event-kinds.js'
import { fitsOf, type Fits } from './fits.js'
import type { Mention } from './mention.js'
import type { ClusterProfile, Signature } from './profile.js'
import { contestOf } from './versions.js'
import { blameDiffers, rolesAgree, sameStates } from './states.js'

export type MergeRule = 'duplicate-event' | 'contested-event'

export interface Match {
  readonly cluster: string
  readonly score: number
  readonly ruleId: MergeRule
  /** Why, for the message: "same type, states ARM+AZE, day 2023-05-01, place Washington". */
  readonly evidence: readonly string[]
}

interface Sides {
  readonly agree: boolean
  readonly exact: boolean
}

function sidesOf(m: Mention, signatures: readonly Signature[]): Sides {
  const symmetric = SYMMETRIC.has(m.type)
  const agree = signatures.length > 0 && signatures.every((s) => rolesAgree(m, s, symmetric))
  return { agree, exact: agree && signatures.some((s) => sameStates(m, s, symmetric)) }
}

export function compare(m: Mention, p: ClusterProfile): Match | null {
  const f = fitsOf(m, p)
  if (f.type === 'none' || f.mode === 'conflict' || f.place === 'conflict') return null
  if (f.date === 'conflict' || f.date === 'none') return null
  const own = p.signatures.filter((s) => s.negated === m.negated)
  const sides = sidesOf(m, own)
  if (sides.agree && ordinaryOk(m, f, sides)) return match(m, p, f, sides, 'duplicate-event', contestedAlready(p))
  if (!INCIDENT.has(m.type) || f.type !== 'same') return null
  if (own.length > 0 && !m.negated && blames(m, own, f)) return match(m, p, f, sides, 'contested-event', true)
  return denial(m, p, f)
}

function ordinaryOk(m: Mention, f: Fits, sides: Sides): boolean {
  if (f.type === 'related') return f.day
  if (f.date === 'soft') return sides.exact && (f.place === 'match' || (f.mode === 'match' && MODE_IDENTIFIES.has(m.type)))
  if (f.yearLevel) return sides.exact || f.place === 'match'
  return true
}

/** Another perpetrator, same day, and the same place (or exactly the same states involved). */
function blames(m: Mention, own: readonly Signature[], f: Fits): boolean {
  if (!f.day) return false
  return own.some((s) => blameDiffers(m, s, f.place === 'match'))
}

/** A negated mention against an attributed claim (or the reverse), from different voices. */
function denial(m: Mention, p: ClusterProfile, f: Fits): Match | null {
  const other = p.signatures.filter((s) => s.negated !== m.negated)
  const sides = sidesOf(m, other)
  if (!sides.agree || (f.date === 'soft' && !sides.exact) || (f.yearLevel && !sides.exact && f.place !== 'match')) return null
  const claims = p.versions.filter((v) => v.negated !== m.negated).flatMap((v) => v.attributedTo)
  const voices = [...claims, ...(m.attributedTo ? [m.attributedTo] : [])]
  if (voices.length === 0) return null
  if (m.attributedTo && claims.length > 0 && claims.every((c) => c === m.attributedTo)) return null
  return match(m, p, f, sides, 'contested-event', true)
}

function contestedAlready(p: ClusterProfile): boolean {
  return contestOf(Object.keys(p.types) as Mention['type'][], p.versions).length > 0
}

/**
 * The same document returning to an event without dating it again ("the
 * talks", "the checkpoint"): same type, polarity and states, no clash, and
 * close by (within a few sentences) or at the same place. The caller offers
 * only clusters this document already contributed to, and merges only when
 * exactly one qualifies.
 */
export function compareInDocument(m: Mention, p: ClusterProfile, nearby: boolean): Match | null {
  if (m.date.kind === 'hard') return null
  const f = fitsOf(m, p)
  if (f.type !== 'same' || f.mode === 'conflict' || f.place === 'conflict' || m.negated !== p.negated) return null
  const sides = sidesOf(m, p.signatures.filter((s) => s.negated === m.negated))
  if (!sides.exact || !(nearby || f.place === 'match')) return null
  return { ...match(m, p, f, sides, 'duplicate-event', contestedAlready(p)), evidence: ['same document', ...evidenceOf(m, f, sides)] }
}

function match(m: Mention, p: ClusterProfile, f: Fits, sides: Sides, rule: MergeRule, contested: boolean): Match {
  const score =
    1 + (f.place === 'match' ? 4 : 0) + (f.day ? 3 : 0) + (sides.exact ? 2 : 0) + (f.mode === 'match' ? 1 : 0) +
    (f.type === 'same' ? 1 : 0) + (f.date === 'hard' ? 1 : 0) - (rule === 'contested-event' ? 2 : 0)
  return { cluster: p.id, score, ruleId: contested && rule === 'duplicate-event' ? 'contested-event' : rule, evidence: evidenceOf(m, f, sides) }
}

function evidenceOf(m: Mention, f: Fits, sides: Sides): string[] {
  const out = [f.type === 'same' ? `same type ${m.type}` : `related type ${m.type}`]
  const states = [...new Set([...m.source, ...m.target, ...m.mediators])].join('+')
  if (states) out.push(`${sides.exact ? 'same' : 'overlapping'} states ${states}`)
  if (m.date.kind === 'hard') out.push(`${f.day ? 'day' : 'date'} ${m.date.value}`)
  else if (f.date === 'soft') out.push('publication dates agree')
  if (f.place === 'match' && m.place) out.push(`place ${m.place.name}`)
  if (f.mode === 'match' && m.mode) out.push(`mode ${m.mode}`)
  return out
}
