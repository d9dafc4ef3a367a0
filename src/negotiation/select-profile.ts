/**
 * Which profile a document gets, and who its parties are. A shipped profile
 * applies when the document is about its parties: all of them are mentioned,
 * or one is mentioned more than any other state (at least twice, unless it is
 * the only one). The
 * profile mentioned most wins; otherwise the generic agenda applies, whose
 * parties are the two states (or entities) the document mentions most, not
 * counting mediators, organisations and populations.
 */
import type { ActorMention, EventRecord } from '../core/doc.js'
import type { Profile, ProfileSet } from './profiles.js'

export interface Choice {
  readonly profile: Profile
  readonly parties: readonly string[]
}

function countsByCountry(actors: readonly ActorMention[], keep: (m: ActorMention) => boolean): Map<string, number> {
  const counts = new Map<string, number>()
  for (const m of actors) if (keep(m)) counts.set(m.actor.country, (counts.get(m.actor.country) ?? 0) + 1)
  return counts
}

const notPopulation = (m: ActorMention) => m.actor.sector !== 'CVL'

/** How strongly a document is about a fixed-party profile; 0 when it is not. */
export function profileScore(profile: Profile, actors: readonly ActorMention[]): number {
  const counts = countsByCountry(actors, notPopulation)
  const parties = profile.data.parties
  const present = parties.filter((p) => (counts.get(p) ?? 0) > 0)
  if (present.length === 0) return 0
  const score = present.reduce((n, p) => n + (counts.get(p) ?? 0), 0)
  if (present.length === parties.length) return score
  const top = Math.max(...counts.values())
  const only = counts.size === 1
  const dominant = present.some((p) => ((counts.get(p) ?? 0) >= 2 || only) && counts.get(p) === top)
  return dominant ? score : 0
}

/** The parties of a document under a dynamic-party profile. */
export function dynamicParties(profile: Profile, actors: readonly ActorMention[], events: readonly EventRecord[]): string[] {
  const excluded = new Set([...profile.data.mediators, ...events.flatMap((e) => e.mediators.map((r) => r.country))])
  const counts = countsByCountry(actors, (m) => notPopulation(m) && m.actor.type !== 'organisation' && !excluded.has(m.actor.country))
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const second = ranked[1]?.[1] ?? 0
  return ranked.filter(([, n], i) => i < 2 || n === second).map(([c]) => c)
}

export function chooseProfile(set: ProfileSet, actors: readonly ActorMention[], events: readonly EventRecord[]): Choice | null {
  const partiesOf = (p: Profile) => (p.dynamicParties ? dynamicParties(p, actors, events) : p.data.parties)
  const first = set.profiles[0]
  if (!first) return null
  if (set.forced) return { profile: first, parties: partiesOf(first) }
  let best: Profile | null = null
  let bestScore = 0
  for (const p of set.profiles) {
    if (p.dynamicParties) continue
    const score = profileScore(p, actors)
    if (score > bestScore) [best, bestScore] = [p, score]
  }
  const chosen = best ?? set.profiles.find((p) => p.dynamicParties) ?? set.profiles[set.profiles.length - 1]!
  return { profile: chosen, parties: partiesOf(chosen) }
}
