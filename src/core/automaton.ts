/**
 * A compact Aho-Corasick automaton over UTF-16 code units, for the lexicon
 * matcher: tens of thousands of keys, built once per process, run over every
 * document.
 *
 * Why not @monyone/aho-corasick: its trie is one object with a Map per node and
 * it copies every key of the failure chain into each node's Set, which for
 * the actor and place dictionaries cost about 300 MB of heap and over a second
 * per build. Here the trie lives in flat typed arrays (about 30 bytes a node),
 * nodes are numbered breadth first from the sorted keys so that the children
 * of a node are consecutive (labels ascending, found by binary search), and
 * the keys ending at a state are reached through dictionary-suffix links.
 *
 * Reports the same occurrences in the same order as @monyone's matchInText:
 * by end position, and at one end position from the longest key to the
 * shortest.
 */

/** Called for every occurrence: [begin, end) in the searched text and the key's index. */
export type Emit = (begin: number, end: number, key: number) => void

const ROOT_TABLE = 0x10000
/** Below this many children a linear scan beats binary search. */
const LINEAR = 8

// Each state is one record of STRIDE Int32s, so that a step reads one cache line (the arrays of
// all states are megabytes, and the other stages evict them between documents).
const STRIDE = 8
const FIRST = 0 // first child (children are consecutive)
const COUNT = 1 // number of children
const FAIL = 2 // failure link
const OUT = 3 // nearest state on the failure chain that ends a key (0 = none)
const KEY = 4 // index of the key ending here, or -1
const DEPTH = 5

export class Automaton {
  /** Child of the root for each code unit (0 = none). */
  private readonly rootNext: Int32Array
  private readonly node: Int32Array
  /** Label (code unit) of the edge into each state. */
  private readonly label: Uint16Array

  constructor(keys: readonly string[]) {
    const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0))
    const sorted = order.map((i) => keys[i]!)
    let bound = 1
    for (const k of sorted) bound += k.length
    const lo = new Int32Array(bound)
    const hi = new Int32Array(bound)
    const parent = new Int32Array(bound)
    const node = new Int32Array(bound * STRIDE)
    const label = new Uint16Array(bound)
    this.rootNext = new Int32Array(ROOT_TABLE)
    hi[0] = sorted.length
    let nodes = 1
    // Breadth first: state n covers the sorted keys [lo, hi) that share its prefix of length DEPTH.
    for (let n = 0; n < nodes; n++) {
      const at = n * STRIDE
      const d = node[at + DEPTH]!
      let i = lo[n]!
      const end = hi[n]!
      node[at + KEY] = -1
      // (a duplicated key keeps its first index)
      for (; i < end && sorted[i]!.length === d; i++) if (node[at + KEY]! < 0) node[at + KEY] = order[i]!
      node[at + FIRST] = nodes
      while (i < end) {
        const c = sorted[i]!.charCodeAt(d)
        let j = i + 1
        while (j < end && sorted[j]!.charCodeAt(d) === c) j++
        lo[nodes] = i
        hi[nodes] = j
        parent[nodes] = n
        label[nodes] = c
        node[nodes * STRIDE + DEPTH] = d + 1
        if (n === 0) this.rootNext[c] = nodes
        nodes++
        i = j
      }
      node[at + COUNT] = nodes - node[at + FIRST]!
    }
    this.node = node.slice(0, nodes * STRIDE)
    this.label = label.slice(0, nodes)
    this.links(nodes, parent)
  }

  /** Failure and dictionary-suffix links, in breadth-first order (a failure target is always shallower). */
  private links(nodes: number, parent: Int32Array): void {
    const node = this.node
    for (let n = 1; n < nodes; n++) {
      const p = parent[n]!
      let target = 0
      if (p !== 0) {
        const c = this.label[n]!
        for (let f = node[p * STRIDE + FAIL]!; ; f = node[f * STRIDE + FAIL]!) {
          target = this.next(f, c)
          if (target !== 0 || f === 0) break
        }
      }
      node[n * STRIDE + FAIL] = target
      node[n * STRIDE + OUT] = node[target * STRIDE + KEY]! >= 0 ? target : node[target * STRIDE + OUT]!
    }
  }

  /** The child of `state` on code unit `c`, or 0. */
  private next(state: number, c: number): number {
    if (state === 0) return this.rootNext[c]!
    let a = this.node[state * STRIDE + FIRST]!
    let b = a + this.node[state * STRIDE + COUNT]!
    const label = this.label
    if (b - a <= LINEAR) {
      for (; a < b; a++) if (label[a] === c) return a
      return 0
    }
    while (a < b) {
      const mid = (a + b) >> 1
      const l = label[mid]!
      if (l === c) return mid
      if (l < c) a = mid + 1
      else b = mid
    }
    return 0
  }

  /** Every occurrence of every key in `text`, by end position, longest first at one end. */
  scan(text: string, emit: Emit): void {
    const node = this.node
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      let t = this.next(s, c)
      while (t === 0 && s !== 0) {
        s = node[s * STRIDE + FAIL]!
        t = this.next(s, c)
      }
      s = t
      if (s === 0) continue
      const end = i + 1
      const at = s * STRIDE
      const k = node[at + KEY]!
      if (k >= 0) emit(end - node[at + DEPTH]!, end, k)
      for (let o = node[at + OUT]!; o !== 0; o = node[o * STRIDE + OUT]!) emit(end - node[o * STRIDE + DEPTH]!, end, node[o * STRIDE + KEY]!)
    }
  }
}
