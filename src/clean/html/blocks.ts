/**
 * DOM → paragraphs. Readability's `textContent` runs paragraphs together, so
 * text is rebuilt from the block elements (p, li, h1-h6, blockquote, ...):
 * each block element, and each run of inline content between blocks, becomes
 * one paragraph; <br> becomes a line break. Each paragraph also records
 * whether it is almost all link text (a teaser link) and whether it is a
 * heading.
 */
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js'

export interface HtmlBlock {
  readonly text: string
  readonly linkOnly: boolean
  readonly heading: boolean
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'caption', 'html',
])
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'button', 'select',
  'option', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'video', 'audio', 'map', 'picture', 'source',
])
/** Page chrome, skipped when falling back to the whole body. */
export const CHROME = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'dialog'])
/** Beyond this depth a subtree is taken as plain text (keeps recursion bounded). */
const MAX_DEPTH = 400

class Collector {
  readonly blocks: HtmlBlock[] = []
  private text = ''
  private linkChars = 0
  private heading = false
  constructor(private readonly skip: ReadonlySet<string>) {}

  add(text: string, inLink: boolean): void {
    this.text += text
    if (inLink) this.linkChars += text.replace(/\s/g, '').length
  }

  flush(): void {
    const letters = this.text.replace(/\s/g, '').length
    if (letters > 0) this.blocks.push({ text: this.text, linkOnly: this.linkChars >= 0.8 * letters, heading: this.heading })
    this.text = ''
    this.linkChars = 0
    this.heading = false
  }

  visit(node: DomNode, depth: number, inLink: boolean, inPre: boolean): void {
    if (node.nodeType === TEXT_NODE) {
      const raw = node.textContent ?? ''
      this.add(inPre ? raw : raw.replace(/[ \t\n\r\f]+/g, ' '), inLink)
      return
    }
    if (!isElement(node)) return
    this.element(node, depth, inLink, inPre)
  }

  private element(el: DomElement, depth: number, inLink: boolean, inPre: boolean): void {
    const tag = el.tagName.toLowerCase()
    if (this.skip.has(tag) || isHidden(el)) return
    if (tag === 'br') return this.add('\n', false)
    if (depth > MAX_DEPTH) return this.add(` ${el.textContent ?? ''} `, inLink)
    const block = BLOCK.has(tag)
    if (block) this.flush()
    if (/^h[1-6]$/.test(tag)) this.heading = true
    const children = el.childNodes
    for (let i = 0; i < children.length; i++) {
      this.visit(children[i] as DomNode, depth + 1, inLink || tag === 'a', inPre || tag === 'pre')
    }
    if (block) this.flush()
  }
}

function isHidden(el: DomElement): boolean {
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true
  const style = el.getAttribute('style')
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
}

/** Paragraphs of an element; `chrome` also skips nav, aside, footer and forms. */
export function collectBlocks(root: DomNode, options: { chrome: boolean }): HtmlBlock[] {
  const skip = options.chrome ? new Set([...SKIP, ...CHROME]) : SKIP
  const collector = new Collector(skip)
  collector.visit(root, 0, false, false)
  collector.flush()
  return collector.blocks
}
