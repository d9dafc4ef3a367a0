/**
 * RSS 2.0 / Atom / RDF feeds → one RawDoc per item (feedsmith, which is
 * lenient with bare `&` and HTML entities). Entity declarations are refused
 * before parsing: feedsmith does not expand them, but a feed that carries
 * them is either an attack (billion laughs) or would leave `&lol9;` in text.
 */
import { parseFeed } from 'feedsmith'
import { z } from 'zod'
import type { RawDoc } from '../../core/doc.js'
import { failure, rawDoc, success, type InputItem } from '../items.js'

export interface FeedContext {
  /** The file path or feed URL; items get `source#n`. */
  readonly source: string
  readonly encoding: string
  readonly url: string | null
}

// feedsmith's own types are wide unions; these schemas read only what Parley uses.
const Text = z.union([z.string(), z.looseObject({ value: z.string().optional(), type: z.string().optional() })])
const Dc = z.looseObject({ dates: z.array(z.string()).optional(), date: z.string().optional(), language: z.string().optional() })
const Item = z.looseObject({
  title: Text.optional(),
  link: z.string().optional(),
  links: z.array(z.looseObject({ href: z.string().optional(), rel: z.string().optional() })).optional(),
  url: z.string().optional(),
  description: z.string().optional(),
  summary: Text.optional(),
  content: z.union([z.string(), z.looseObject({ encoded: z.string().optional(), value: z.string().optional() })]).optional(),
  content_html: z.string().optional(),
  content_text: z.string().optional(),
  pubDate: z.string().optional(),
  published: z.string().optional(),
  updated: z.string().optional(),
  date_published: z.string().optional(),
  dc: Dc.optional(),
  language: z.string().optional(),
})
type FeedItem = z.infer<typeof Item>
const Feed = z.looseObject({
  link: z.string().optional(),
  language: z.string().optional(),
  dc: Dc.optional(),
  xml: z.looseObject({ lang: z.string().optional() }).optional(),
  items: z.array(z.unknown()).optional(),
  entries: z.array(z.unknown()).optional(),
})

const ENTITY_DECLARATION = /<!ENTITY\s/i
const CLOSED_FEED = /<\/(rss|feed|rdf:RDF)>\s*$/i

function textOf(value: z.infer<typeof Text> | undefined): string | null {
  const text = typeof value === 'string' ? value : value?.value
  return text?.trim() ? text.trim() : null
}

/** Atom titles of type html keep their markup and `&amp;`: reduce them to plain text. */
function plainTitle(value: z.infer<typeof Text> | undefined): string | null {
  const text = textOf(value)
  if (text === null || typeof value === 'string' || value?.type !== 'html') return text
  return decodeBasicEntities(text.replace(/<[^>]*>/g, '')).trim() || null
}

function decodeBasicEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return named[name.toLowerCase()] ?? whole
  })
}

function itemBody(item: FeedItem): string | null {
  const content = item.content
  const full = typeof content === 'string' ? content : (content?.encoded ?? content?.value)
  for (const candidate of [full, item.content_html, item.description, textOf(item.summary), item.content_text]) {
    if (candidate?.trim()) return candidate
  }
  return null
}

function itemLink(item: FeedItem): string | null {
  const alternate = item.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? item.links?.[0]?.href
  return item.link?.trim() || item.url?.trim() || alternate?.trim() || null
}

function itemDate(item: FeedItem): string | null {
  return item.pubDate ?? item.published ?? item.date_published ?? item.dc?.dates?.[0] ?? item.dc?.date ?? item.updated ?? null
}

interface FeedDefaults {
  readonly language: string | null
  /** Base for relative item links: the feed's URL, else its channel link. */
  readonly base: string | null
}

function toRawDoc(item: FeedItem, source: string, defaults: FeedDefaults, ctx: FeedContext): RawDoc | null {
  const body = itemBody(item)
  if (body === null) return null
  const link = itemLink(item)
  const url = link !== null && defaults.base !== null ? safeResolve(link, defaults.base) : link
  const lang = item.language ?? item.dc?.language ?? defaults.language
  const title = plainTitle(item.title)
  return rawDoc({ source, format: 'html', body, url, title, published: itemDate(item), language: lang, encoding: ctx.encoding })
}

function safeResolve(link: string, base: string): string {
  try {
    return new URL(link, base).href
  } catch {
    return link
  }
}

function itemOrFailure(entry: unknown, index: number, source: string, defaults: FeedDefaults, ctx: FeedContext): InputItem {
  const item = Item.safeParse(entry)
  if (!item.success) return failure(source, 'malformed-feed', `Unexpected shape of feed item ${index + 1}, expected RSS/Atom item fields`)
  const raw = toRawDoc(item.data, source, defaults, ctx)
  if (raw === null) return failure(source, 'empty-input', `Unexpected feed item ${index + 1} without content, description or summary, expected an article body`)
  return success(raw)
}

type Parsed = { readonly feed: z.infer<typeof Feed> } | { readonly error: InputItem }

function parse(text: string, source: string): Parsed {
  if (ENTITY_DECLARATION.test(text)) {
    return { error: failure(source, 'malformed-feed', 'Unexpected <!ENTITY> declaration in feed, refused (entity expansion), expected plain RSS or Atom') }
  }
  try {
    const parsed = Feed.safeParse(parseFeed(text).feed)
    if (parsed.success) return { feed: parsed.data }
    return { error: failure(source, 'malformed-feed', 'Unexpected feed structure, expected RSS, Atom or RDF') }
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : 'unreadable XML'
    return { error: failure(source, 'malformed-feed', `Unexpected feed content (${why}), expected RSS, Atom or RDF`) }
  }
}

export function* feedItems(text: string, ctx: FeedContext): Generator<InputItem> {
  const parsed = parse(text, ctx.source)
  if ('error' in parsed) {
    yield parsed.error
    return
  }
  const { feed } = parsed
  const defaults = { language: feed.language ?? feed.dc?.language ?? feed.xml?.lang ?? null, base: ctx.url ?? feed.link ?? null }
  const entries = feed.items ?? feed.entries ?? []
  let yielded = 0
  for (const [index, entry] of entries.entries()) {
    const source = `${ctx.source}#${index + 1}`
    yield itemOrFailure(entry, index, source, defaults, ctx)
    yielded++
  }
  if (yielded > 0) return
  if (CLOSED_FEED.test(text)) yield failure(ctx.source, 'empty-input', 'Unexpected feed without items, expected at least one item')
  else yield failure(ctx.source, 'malformed-feed', 'Unexpected end of feed before any item could be read (truncated or broken XML?)')
}
