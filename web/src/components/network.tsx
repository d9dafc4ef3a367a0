/**
 * The actor network drawn with cytoscape (loaded only with this view). Node
 * size follows activity; edge colour the PLOVER family (grey dashes for
 * mediation). Layout is deterministic: concentric by activity, then a short
 * force pass without randomisation. A node opens the actor's page.
 */
import { useEffect, useRef } from 'react'
import type { NetworkGraph } from '../../../src/api/contract.js'
import { FAMILY_LABEL } from '../format.js'
import { FAMILIES } from '../plover.js'

const COLOURS: Record<string, string> = {
  'verbal-cooperation': '#2f9e44', 'material-cooperation': '#1971c2', 'verbal-conflict': '#e8590c', 'material-conflict': '#c92a2a', mediation: '#868e96',
}

// Note: cytoscape injects a <style> element unless one with this id exists; that
// would break the strict CSP (no inline styles), so mark it present and keep
// its one rule in styles.css.
function preventInjectedStylesheet(): void {
  const id = '__________cytoscape_stylesheet'
  if (document.getElementById(id)) return
  const marker = document.createElement('meta')
  marker.id = id
  document.head.append(marker)
}

/** One drawn edge per ordered pair (and one for mediation), coloured by its most frequent family. */
function drawnEdges(graph: NetworkGraph): { source: string; target: string; family: string; count: number }[] {
  const pairs = new Map<string, { source: string; target: string; byFamily: Map<string, number>; count: number }>()
  for (const e of graph.edges) {
    const key = `${e.source}\u0000${e.target}\u0000${e.family === 'mediation' ? 'm' : 'e'}`
    const p = pairs.get(key) ?? { source: e.source, target: e.target, byFamily: new Map(), count: 0 }
    p.count += e.count
    p.byFamily.set(e.family, (p.byFamily.get(e.family) ?? 0) + e.count)
    pairs.set(key, p)
  }
  return [...pairs.values()].map((p) => ({ source: p.source, target: p.target, count: p.count, family: [...p.byFamily].sort((a, b) => b[1] - a[1])[0]![0] }))
}

export function Network({ graph, onOpen }: { graph: NetworkGraph; onOpen: (id: string) => void }) {
  const box = useRef<HTMLDivElement>(null)
  const openRef = useRef(onOpen)
  openRef.current = onOpen
  useEffect(() => {
    let destroyed = false
    let cy: { destroy(): void } | null = null
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (destroyed || !box.current) return
      preventInjectedStylesheet()
      const max = Math.max(1, ...graph.nodes.map((n) => n.activity))
      const instance = cytoscape({
        container: box.current,
        elements: [
          ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, size: 16 + 26 * Math.sqrt(n.activity / max), person: n.type === 'person' ? 1 : 0 } })),
          ...drawnEdges(graph).map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, colour: COLOURS[e.family] ?? '#868e96', width: 1 + Math.min(7, Math.sqrt(e.count) * 1.5), dashed: e.family === 'mediation' ? 1 : 0 } })),
        ],
        style: [
          { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(label)', 'background-color': '#3b5bdb', color: '#1f2a44', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#fff', 'text-outline-width': 2 } },
          { selector: 'node[person = 1]', style: { 'background-color': '#748ffc', shape: 'ellipse' } },
          { selector: 'node[person = 0]', style: { shape: 'round-rectangle' } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
          { selector: 'edge[dashed = 1]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
        ],
        // A circle first spreads the nodes evenly; cose then pulls related ones together without randomness.
        layout: { name: 'circle', animate: false, avoidOverlap: true, spacingFactor: 1.2 },
        wheelSensitivity: 0.3,
      })
      instance.layout({ name: 'cose', randomize: false, animate: false, nodeRepulsion: () => 200000, nodeOverlap: 60, idealEdgeLength: () => 140, edgeElasticity: () => 60, componentSpacing: 80, gravity: 0.4, numIter: 600, padding: 30 } as never).run()
      instance.fit(undefined, 30)
      instance.on('tap', 'node', (evt) => openRef.current(evt.target.id()))
      cy = instance
    })
    return () => {
      destroyed = true
      cy?.destroy()
    }
  }, [graph])
  return (
    <div>
      <div ref={box} className="network" role="img" aria-label={`Network of ${graph.nodes.length} actors`} />
      <p className="legend small">
        {FAMILIES.map((f) => <span key={f}><span className="swatch-line" style={{ background: COLOURS[f] }} /> {FAMILY_LABEL[f]}</span>)}
        <span><span className="swatch-line dashed" /> Mediation</span>
      </p>
    </div>
  )
}
