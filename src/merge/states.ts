/**
 * Do two mentions name the same sides? Compared at state level (persons and
 * metonyms already reduced to their state), role by role for directional
 * types, over all states involved for symmetric ones (see event-kinds.ts).
 */
export interface Roles {
  readonly source: readonly string[]
  readonly target: readonly string[]
  readonly mediators: readonly string[]
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length
const all = (r: Roles) => [...new Set([...r.source, ...r.target, ...r.mediators])]
const equal = (a: readonly string[], b: readonly string[]) => a.length === b.length && shared(a, b) === a.length

/** Both name mediators and no mediator is common: a Berlin round and a Washington round. */
function mediatorsClash(a: Roles, b: Roles): boolean {
  return a.mediators.length > 0 && b.mediators.length > 0 && shared(a.mediators, b.mediators) === 0
}

/**
 * Compatible sides.
 * - Directional: the sources overlap (or, with a source missing, the targets
 *   do), and named targets overlap.
 * - Symmetric: each side's acting states are found among the other's states
 *   (two of them when there are two or more), so a trilateral statement and
 *   "Armenia and Azerbaijan agreed, with Moscow mediating" match, while
 *   "Blinken called Pashinyan" does not match the Washington trilateral.
 */
export function rolesAgree(a: Roles, b: Roles, symmetric: boolean): boolean {
  if (mediatorsClash(a, b)) return false
  if (symmetric) return covers(a, b) && covers(b, a)
  if (a.source.length > 0 && b.source.length > 0) {
    if (shared(a.source, b.source) === 0) return false
  } else if (shared(a.target, b.target) === 0) {
    return false
  }
  return a.target.length === 0 || b.target.length === 0 || shared(a.target, b.target) > 0
}

function covers(a: Roles, b: Roles): boolean {
  const acting = a.source.length > 0 ? a.source : all(a)
  if (acting.length === 0) return false
  return shared(acting, all(b)) >= Math.min(2, acting.length)
}

/** The same states in the same roles (symmetric: the same states involved): stricter evidence. */
export function sameStates(a: Roles, b: Roles, symmetric: boolean): boolean {
  if (mediatorsClash(a, b)) return false
  if (symmetric) return equal(all(a), all(b))
  return a.source.length > 0 && equal(a.source, b.source) && equal(a.target, b.target)
}

/**
 * Reports blaming different perpetrators for one incident: both name a
 * perpetrator, none in common, and the same states are involved overall
 * ("Armenian forces fired on Azerbaijani posts" / "Azerbaijani forces fired
 * on Armenian positions"); at an agreed place, a common target is enough.
 */
export function blameDiffers(a: Roles, b: Roles, placed: boolean): boolean {
  if (a.source.length === 0 || b.source.length === 0 || shared(a.source, b.source) > 0) return false
  const pa = [...new Set([...a.source, ...a.target])]
  const pb = [...new Set([...b.source, ...b.target])]
  return equal(pa, pb) || (placed && shared(a.target, b.target) > 0)
}
