/**
 * The small DOM surface Parley uses, over linkedom (no browser DOM types in
 * this Node project), plus a size/depth survey used to keep pathological
 * markup away from Readability (whose run time grows steeply with nesting
 * depth: 400 nested divs take seconds, 800 take a quarter of a minute).
 */
import { parseHTML } from 'linkedom'

export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<DomNode>
}

export interface DomElement extends DomNode {
  readonly tagName: string
  getAttribute(name: string): string | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  remove(): void
}

export interface DomDocument {
  readonly documentElement: DomElement | null
  readonly body: DomElement | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE
}

/** Parse a page or a fragment (feed items carry fragments) into a full document. */
export function parseDocument(html: string): DomDocument {
  const full = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`
  return parseHTML(full).document as unknown as DomDocument
}

export interface TreeStats {
  readonly elements: number
  readonly depth: number
}

/** Count elements and the deepest nesting, iteratively (deep trees must not blow the stack). */
export function treeStats(root: DomNode): TreeStats {
  let elements = 0
  let depth = 0
  const stack: [DomNode, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [node, level] = stack.pop() as [DomNode, number]
    if (!isElement(node)) continue
    elements++
    if (level > depth) depth = level
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) stack.push([children[i] as DomNode, level + 1])
  }
  return { elements, depth }
}

export function attr(el: DomElement | null, name: string): string | null {
  const value = el?.getAttribute(name)?.trim()
  return value ? value : null
}
