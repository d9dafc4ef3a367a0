/**
 * Page metadata read before Readability rewrites the document: title,
 * publication date (meta tags, JSON-LD, <time datetime>), canonical URL and
 * declared language. Attribute names are HTML conventions (Open Graph,
 * schema.org, Dublin Core), not language data.
 */
import { attr, type DomDocument, type DomElement } from './dom.js'

export interface PageMeta {
  readonly title: string | null
  readonly published: string | null
  readonly canonical: string | null
  readonly language: string | null
}

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published', 'datepublished',
  'publishdate', 'publish-date', 'publish_date', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'dc.date.created',
  'dcterms.created', 'dcterms.date', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'article.published',
  'cxenseparse:recs:publishtime', 'citation_publication_date'
]

/** meta[property|name|itemprop] → content, keys lower-cased; first occurrence wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>()
  const metas = doc.querySelectorAll('meta')
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i] as DomElement
    const content = attr(meta, 'content')
    const key = attr(meta, 'property') ?? attr(meta, 'name') ?? attr(meta, 'itemprop') ?? attr(meta, 'http-equiv')
    if (content && key && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content)
  }
  return map
}

/** First `datePublished` in the page's JSON-LD, searched a few levels deep. */
function jsonLdDate(doc: DomDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]')
  for (let i = 0; i < scripts.length; i++) {
    try {
      const found = findKey(JSON.parse(scripts[i]?.textContent ?? ''), 'datePublished', 0)
      if (found) return found
    } catch {
      // broken JSON-LD is common; other sources remain
    }
  }
  return null
}

function findKey(value: unknown, key: string, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null
  const record = value as Record<string, unknown>
  if (typeof record[key] === 'string' && record[key]) return record[key] as string
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1)
    if (found) return found
  }
  return null
}

function timeDate(doc: DomDocument): string | null {
  const preferred = doc.querySelector('time[itemprop="datePublished"][datetime], [itemprop="datePublished"][datetime], [itemprop="datePublished"][content]')
  const el = preferred ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]')
  return attr(el, 'datetime') ?? attr(el, 'content')
}

/** 'ru-RU' → 'ru', 'hy_AM' → 'hy'; null for things that are not language tags. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_,;\s]/)[0]?.toLowerCase() ?? ''
  return /^[a-z]{2,3}$/.test(primary) && primary !== 'und' && primary !== 'mul' ? primary : null
}

function pageLanguage(doc: DomDocument, metas: Map<string, string>): string | null {
  const html = doc.documentElement
  return (
    primaryLanguage(attr(html, 'lang')) ??
    primaryLanguage(attr(html, 'xml:lang')) ??
    primaryLanguage(metas.get('content-language')) ??
    primaryLanguage(metas.get('og:locale')) ??
    primaryLanguage(metas.get('language'))
  )
}

function pageTitle(doc: DomDocument, metas: Map<string, string>): string | null {
  const title = metas.get('og:title') ?? metas.get('twitter:title') ?? doc.querySelector('h1')?.textContent ?? doc.querySelector('title')?.textContent
  const clean = title?.replace(/\s+/g, ' ').trim()
  return clean ? clean : null
}

export function pageMeta(doc: DomDocument): PageMeta {
  const metas = metaMap(doc)
  const published = DATE_META.map((k) => metas.get(k)).find((v) => v) ?? jsonLdDate(doc) ?? timeDate(doc)
  const canonical = attr(doc.querySelector('link[rel="canonical"]'), 'href') ?? metas.get('og:url') ?? null
  return { title: pageTitle(doc, metas), published: published ?? null, canonical, language: pageLanguage(doc, metas) }
}
