/**
 * Merge-relevant properties of the PLOVER types (Parley's decisions; see
 * src/merge/README.md for the reasoning).
 */
import type { PloverType } from '../core/doc.js'

/**
 * Types whose sides are interchangeable in reports: who "met" whom, who
 * "agreed" with whom, depends on the sentence, not on the event ("Mirzoyan met
 * Bayramov" and "Bayramov hosted Mirzoyan" are one meeting). For these the
 * merger compares the states involved, not who is source and who is target.
 */
export const SYMMETRIC: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE'])

/**
 * Incidents: material acts whose perpetrator reports can dispute. Only for
 * these do differing perpetrators or a denial join one (contested) event;
 * for everything else they are different events.
 */
export const INCIDENT: ReadonlySet<PloverType> = new Set<PloverType>(['ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN'])

/**
 * Types whose mode names the occasion (a phone call, a visit, a mediated
 * round), so an agreeing mode helps identify an undated mention. For other
 * types the mode is a kind of act ("disapprove", "restrict") that the same
 * actor repeats on many occasions, and it identifies nothing.
 */
export const MODE_IDENTIFIES: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT'])

/**
 * Pairs that one occurrence is often coded as by different reports: agreeing
 * on a text and signing it the same day (AGREE / SUPPORT, per the coding
 * decision "signing is SUPPORT, agreeing is AGREE"); recognising sovereignty
 * (CONCEDE, with SUPPORT accepted). They merge only on the same day.
 */
const RELATED_PAIRS: readonly (readonly [PloverType, PloverType])[] = [
  ['AGREE', 'SUPPORT'],
  ['CONCEDE', 'SUPPORT'],
]

export function relatedTypes(type: PloverType): PloverType[] {
  return RELATED_PAIRS.flatMap(([a, b]) => (a === type ? [b] : b === type ? [a] : []))
}
