/**
 * The document's two main parties, for phrases that name no actor ("both
 * sides", "the parties", "the two countries") and for two-sided violence
 * reported without its parties ("hostilities resumed"). The pair named
 * together most often ("Armenia and Azerbaijan") wins; failing that, the two
 * states mentioned most. Organisations are mediators, not parties.
 */
import type { ActorMention, ActorRef } from '../core/doc.js'
import type { DocView } from './context.js'
import { refsOf } from './groups.js'

function isParty(m: ActorMention): boolean {
  return m.actor.type !== 'organisation'
}

export function mainParties(doc: DocView): ActorRef[] {
  const pairs = new Map<string, number>()
  const counts = new Map<string, number>()
  const example = new Map<string, ActorMention>()
  for (const s of doc.sentences) {
    for (const g of s.groups) {
      const parties = g.mentions.filter(isParty)
      for (const m of parties) {
        counts.set(m.actor.country, (counts.get(m.actor.country) ?? 0) + 1)
        if (!example.has(m.actor.country) || m.actor.type === 'state') example.set(m.actor.country, m)
      }
      const states = [...new Set(parties.map((m) => m.actor.country))].sort()
      for (let i = 0; i < states.length; i++) {
        for (let j = i + 1; j < states.length; j++) {
          const key = `${states[i]}|${states[j]}`
          pairs.set(key, (pairs.get(key) ?? 0) + 1)
        }
      }
    }
  }
  // Candidates: pairs named together, and any two of the three states named most.
  const top = [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([c]) => c).sort()
  for (let i = 0; i < top.length; i++) for (let j = i + 1; j < top.length; j++) pairs.set(`${top[i]}|${top[j]}`, pairs.get(`${top[i]}|${top[j]}`) ?? 0)
  const score = (key: string) => {
    const [a = '', b = ''] = key.split('|')
    return (pairs.get(key) ?? 0) * 2 + Math.min(counts.get(a) ?? 0, counts.get(b) ?? 0)
  }
  // The first pair with the highest score (what a stable sort by score would put first).
  let best: string | undefined
  let bestScore = -Infinity
  for (const key of pairs.keys()) {
    const v = score(key)
    if (v > bestScore) [best, bestScore] = [key, v]
  }
  const chosen = best ? best.split('|') : [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 2).map(([c]) => c)
  if (chosen.length < 2) return []
  return refsOf(chosen.map((c) => example.get(c)).filter((m): m is ActorMention => m !== undefined)).map((r) => ({
    id: r.country,
    country: r.country,
    sector: null,
  }))
}
