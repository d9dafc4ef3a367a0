/**
 * Regions of meetings: a partition such that two meetings group()
 * (src/app/rounds.ts) may put in one round always share a region. Grouping
 * is greedy in meeting order (each joins the oldest group holding a meeting
 * of the same round), so it only ever looks inside a region: grouping each
 * region apart and ordering all groups by their first meeting gives the
 * groups of the whole store. After a write, only the regions whose meetings
 * changed are grouped again (./round-plans.ts).
 *
 * sameRound needs the same venue (or, when either has none, the same
 * document) and compatible dates (one a prefix of the other: 2023, 2023-05,
 * 2023-05-12). So a region is, per venue, the meetings under one
 * outermost date any meeting there has (a year given alone takes in the
 * whole year, an undated meeting the whole venue), joined with every other
 * meeting of a document that has a meeting without a venue.
 */
import type { Meeting } from '../app/rounds.js'

const SEP = '\u0000'

/** A meeting with where it may sit (computed once: a meeting is kept across writes) and its region, -1 before it has one. */
export interface Placed {
  readonly meeting: Meeting
  /** Venue and each date prefix group() files it under (year, month, date); none without a venue or a date. */
  readonly keys: readonly string[]
  region: number
}

export function placed(meeting: Meeting): Placed {
  const { venueKey: v, date: d } = meeting
  const keys = v !== null && d ? [...new Set([d.slice(0, 4), d.slice(0, 7), d])].map((p) => v + SEP + p) : []
  return { meeting, keys, region: -1 }
}

/** The meetings in regions (each in the order given). */
export function regionsOf(items: readonly Placed[]): Placed[][] {
  const occupied = new Set<string>()
  const undatedVenues = new Set<string>()
  const looseDocs = new Set<string>()
  for (const { meeting: m, keys } of items) {
    if (m.venueKey === null) looseDocs.add(m.brief.doc)
    else if (keys.length === 0) undatedVenues.add(m.venueKey)
    else occupied.add(keys[keys.length - 1]!)
  }
  const nodeOf = ({ meeting: m, keys }: Placed): string => {
    if (m.venueKey === null) return `d${SEP}${m.brief.doc}`
    if (keys.length === 0 || undatedVenues.has(m.venueKey)) return `v${SEP}${m.venueKey}`
    // The outermost date a meeting there has (its own at least).
    return keys.find((k) => occupied.has(k))!
  }
  const sets = new UnionFind()
  const nodes = items.map((item) => {
    const node = nodeOf(item)
    if (looseDocs.size > 0 && looseDocs.has(item.meeting.brief.doc)) sets.union(node, `d${SEP}${item.meeting.brief.doc}`)
    return node
  })
  const regions = new Map<string, Placed[]>()
  items.forEach((item, i) => {
    const root = looseDocs.size > 0 ? sets.find(nodes[i]!) : nodes[i]!
    const list = regions.get(root)
    if (list) list.push(item)
    else regions.set(root, [item])
  })
  return [...regions.values()]
}

class UnionFind {
  private readonly parent = new Map<string, string>()

  find(x: string): string {
    let root = x
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p
    // Path compression: point every node on the way at the root.
    for (let y = x, p = this.parent.get(y); p !== undefined && p !== root; y = p, p = this.parent.get(y)) this.parent.set(y, root)
    return root
  }

  union(a: string, b: string): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent.set(ra, rb)
  }
}
