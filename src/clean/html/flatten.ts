/**
 * A guard before parsing: linkedom's tree building slows down steeply with
 * nesting depth (40 000 unclosed <div> took 1.7 s; a feed item of 200 000
 * unclosed <a> took minutes), and no real page nests more than a few hundred
 * levels. A linear scan of the tags follows the open elements (with the
 * usual implied ends of p, li, td...); tags opened deeper than MAX_DEPTH are
 * dropped, with their closing tags, and their text stays, so the parsed tree
 * is never deeper than that. Pages within the limit are returned untouched.
 */

export const MAX_DEPTH = 1000

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'bgsound', 'frame'])
/** Elements whose content is text up to their closing tag (never tags). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
/** An opening tag closes these open elements first (a simplified HTML tree builder). */
const IMPLIED: Record<string, readonly string[]> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'], tr: ['td', 'th', 'tr'], td: ['td', 'th'], th: ['td', 'th'],
}
/** How far down the open elements a closing tag looks for its opening tag. */
const MATCH_WINDOW = 16
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y

interface Tag {
  readonly start: number
  readonly end: number
  readonly name: string
  readonly closing: boolean
  /** A void or self-closed element, or a raw-text element with its content: nothing stays open. */
  readonly closed: boolean
}

const rawEnds = new Map<string, RegExp>()
function rawEnd(name: string): RegExp {
  let re = rawEnds.get(name)
  if (!re) rawEnds.set(name, (re = new RegExp(`</${name}[\\s/>]`, 'gi')))
  return re
}

/** The tags of a page in order, in one pass (comments, doctypes and raw text skipped). */
function* tags(html: string): Generator<Tag> {
  let i = html.indexOf('<')
  while (i !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4)
      if (end === -1) return
      i = html.indexOf('<', end + 3)
      continue
    }
    TAG_NAME.lastIndex = i
    const m = TAG_NAME.exec(html)
    const declaration = html[i + 1] === '!' || html[i + 1] === '?'
    if (!m && !declaration) {
      i = html.indexOf('<', i + 1) // a "<" in text
      continue
    }
    // Note: scanning resumes after this ">", so every "<" up to it is passed once.
    const end = html.indexOf('>', i)
    if (end === -1) return
    if (!m) {
      i = html.indexOf('<', end + 1)
      continue
    }
    const name = (m[2] ?? '').toLowerCase()
    const closing = m[1] === '/'
    let tagEnd = end + 1
    if (!closing && RAW_TEXT.has(name)) {
      const re = rawEnd(name)
      re.lastIndex = tagEnd
      const close = re.exec(html)
      const closeEnd = close === null ? -1 : html.indexOf('>', close.index)
      if (closeEnd === -1) return
      tagEnd = closeEnd + 1
    }
    yield { start: i, end: tagEnd, name, closing, closed: !closing && (VOID.has(name) || RAW_TEXT.has(name) || html[end - 1] === '/') }
    i = html.indexOf('<', tagEnd)
  }
}

interface Open {
  readonly name: string
  readonly dropped: boolean
}

/** Follows the open elements; says for each tag whether it is kept. */
class OpenElements {
  private readonly stack: Open[] = []
  deepest = 0

  /** Whether this tag is kept (it opens or closes an element within the limit). */
  take(tag: Tag): boolean {
    if (tag.closing) return this.close(tag.name)
    if (tag.closed) return this.stack.length < MAX_DEPTH
    for (const name of IMPLIED[tag.name] ?? []) {
      if (this.stack[this.stack.length - 1]?.name === name) this.stack.pop()
    }
    const dropped = this.stack.length >= MAX_DEPTH
    this.stack.push({ name: tag.name, dropped })
    this.deepest = Math.max(this.deepest, this.stack.length)
    return !dropped
  }

  private close(name: string): boolean {
    const floor = Math.max(0, this.stack.length - MATCH_WINDOW)
    for (let i = this.stack.length - 1; i >= floor; i--) {
      const open = this.stack[i]
      if (open?.name !== name) continue
      this.stack.length = i
      return !open.dropped
    }
    return this.stack.length < MAX_DEPTH // a stray closing tag: harmless within the limit
  }
}

/** The page with tags beyond MAX_DEPTH dropped, or the page itself when it is not that deep. */
export function limitDepth(html: string): { readonly html: string; readonly deepest: number } {
  const probe = new OpenElements()
  for (const tag of tags(html)) probe.take(tag)
  if (probe.deepest <= MAX_DEPTH) return { html, deepest: probe.deepest }
  const open = new OpenElements()
  const out: string[] = []
  let from = 0
  for (const tag of tags(html)) {
    if (open.take(tag)) continue
    out.push(html.slice(from, tag.start))
    from = tag.end
  }
  out.push(html.slice(from))
  return { html: out.join(''), deepest: probe.deepest }
}
