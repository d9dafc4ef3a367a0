/**
 * HTML → the article: metadata first (Readability rewrites the document),
 * then Readability's article content as paragraphs; when Readability finds
 * nothing, fails, or the markup is too deep or too large for it, the body's
 * paragraphs without page chrome (nav, aside, footer, forms). Markup nested
 * beyond ./flatten's limit is flattened before it is parsed at all.
 */
import { Readability } from '@mozilla/readability'
import type { RawDoc } from '../../core/doc.js'
import { message, type ParleyMessage } from '../../core/message.js'
import { block, type Block } from '../blocks.js'
import { collectBlocks, type HtmlBlock } from './blocks.js'
import { parseDocument, treeStats, type DomDocument, type DomNode } from './dom.js'
import { limitDepth, MAX_DEPTH as MAX_PARSE_DEPTH } from './flatten.js'
import { pageMeta, primaryLanguage } from './metadata.js'
import { locateBlocks } from './raw-offsets.js'

export interface Article {
  readonly blocks: readonly Block[]
  readonly title: string | null
  readonly published: string | null
  /** Canonical URL, absolute when the page URL is known. */
  readonly url: string | null
  readonly language: string | null
  readonly messages: readonly ParleyMessage[]
}

const MAX_DEPTH_FOR_READABILITY = 80
/** Readability's time grows faster than the element count: 20 000 took 1.3 s, 40 000 took 4.6 s (loaded machine). */
const MAX_ELEMENTS_FOR_READABILITY = 20_000
/** Less article text than this from Readability, and the whole body is used instead. */
const MIN_ARTICLE_CHARS = 80

interface Readable {
  readonly blocks: HtmlBlock[]
  readonly title: string | null
  readonly lang: string | null
  readonly published: string | null
}

function runReadability(doc: DomDocument): Readable | null {
  try {
    const result = new Readability<DomNode>(doc, { serializer: (node: DomNode) => node }).parse()
    if (!result?.content) return null
    const blocks = collectBlocks(result.content, { chrome: false })
    return { blocks, title: result.title?.trim() || null, lang: result.lang ?? null, published: result.publishedTime ?? null }
  } catch {
    return null
  }
}

function textLength(blocks: readonly HtmlBlock[]): number {
  return blocks.reduce((n, b) => n + b.text.trim().length, 0)
}

function resolveUrl(link: string | null, base: string | null): string | null {
  if (!link) return base
  try {
    return new URL(link, base ?? undefined).href
  } catch {
    return base ?? link
  }
}

/** Why Readability is skipped for this document, or null to run it. */
function tooHard(doc: DomDocument): string | null {
  const root = doc.documentElement
  if (!root) return 'no document element'
  const stats = treeStats(root)
  if (stats.depth > MAX_DEPTH_FOR_READABILITY) return `markup nested ${stats.depth} levels deep`
  if (stats.elements > MAX_ELEMENTS_FOR_READABILITY) return `${stats.elements} elements`
  return null
}

function fallbackBlocks(html: string): HtmlBlock[] {
  const doc = parseDocument(html)
  return doc.body ? collectBlocks(doc.body, { chrome: true }) : []
}

export function extractArticle(raw: RawDoc): Article {
  const messages: ParleyMessage[] = []
  const { html, deepest } = limitDepth(raw.body)
  if (html !== raw.body) {
    messages.push(message('clean', 'html-depth-limited', `Dropped the tags nested deeper than ${MAX_PARSE_DEPTH} levels (the markup nests ${deepest}); their text is kept`, 'info'))
  }
  const doc = parseDocument(html)
  const meta = pageMeta(doc)
  const hard = tooHard(doc)
  const readable = hard === null ? runReadability(doc) : null
  let htmlBlocks = readable?.blocks ?? []
  if (textLength(htmlBlocks) < MIN_ARTICLE_CHARS) {
    const why = hard ?? (readable ? 'too little article text found' : 'no article found')
    messages.push(message('clean', 'html-fallback', `Used the whole page body: ${why}`, 'info'))
    htmlBlocks = fallbackBlocks(html)
  }
  const starts = locateBlocks(raw.body, htmlBlocks.map((b) => b.text))
  return {
    blocks: htmlBlocks.map((b, i) => block(b.text, starts[i] ?? 0, { linkOnly: b.linkOnly, heading: b.heading })),
    title: meta.title ?? readable?.title ?? null,
    published: meta.published ?? readable?.published ?? null,
    url: resolveUrl(meta.canonical, raw.url),
    language: meta.language ?? primaryLanguage(readable?.lang),
    messages,
  }
}
