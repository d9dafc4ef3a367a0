/**
 * CLEAN: RawDoc → CleanedDoc. Takes the decoded body (text, Markdown or
 * HTML) and gives the article text that is stored and that every offset
 * points into: one paragraph a line, NFC, page furniture and teaser lists
 * removed, with the title first, the page's metadata (title, date, canonical
 * URL, <html lang>) and, per paragraph, its span and raw start.
 * Throws ParleyError('PARLEY_INPUT', ..., 'empty-after-cleaning') when no
 * text is left, and (..., 'text-too-long') when the article text is longer
 * than MAX_TEXT_CHARS. Keeps the URL only when it is http(s).
 *
 *   html/extract-article   Readability over linkedom, body fallback
 *   passes/01-normalise    NFC, invisible characters, spaces
 *   passes/02-...          furniture lines (cue data in src/languages/<iso>/furniture.yaml)
 *   passes/03-...          teaser lists (general heuristic)
 *   passes/04-...          "read more" lead-ins and list headings inside the text
 */
import type { CleanedDoc, RawDoc } from '../core/doc.js'
import { ParleyError } from '../core/errors.js'
import { message, type ParleyMessage } from '../core/message.js'
import { assemble, block, type Block, type Pass } from './blocks.js'
import { furniture } from './furniture/data.js'
import { lineKey } from './furniture/keys.js'
import { extractArticle, type Article } from './html/extract-article.js'
import { normalise, normaliseLine } from './passes/01-normalise.js'
import { dropFurnitureLines } from './passes/02-drop-furniture-lines.js'
import { dropTeaserLists } from './passes/03-drop-teaser-lists.js'
import { dropReadMore } from './passes/04-drop-read-more.js'
import { safeUrl } from './safe-url.js'
import { markdownBlocks } from './text/markdown.js'
import { textBlocks } from './text/split-lines.js'

const PASSES: readonly Pass[] = [normalise, dropFurnitureLines, dropTeaserLists, dropReadMore]

/**
 * Longest article text analysed, in UTF-16 units (about 80 000 words, far
 * beyond any news report). Note: analysis time grows with the text, so this
 * bounds the time one document can take; a longer input is almost always
 * many articles in one file, and the message says to split it.
 */
export const MAX_TEXT_CHARS = 500_000

function checkLength(blocks: readonly Block[]): void {
  const chars = blocks.reduce((n, b) => n + b.text.length + 1, 0)
  if (chars <= MAX_TEXT_CHARS) return
  throw new ParleyError(
    'PARLEY_INPUT',
    `Unexpected article text of ${chars} characters, expected at most ${MAX_TEXT_CHARS} (split it into one document per article)`,
    'text-too-long',
  )
}

function source(raw: RawDoc): Article {
  if (raw.format === 'html') return extractArticle(raw)
  const blocks = raw.format === 'markdown' ? markdownBlocks(raw.body) : textBlocks(raw.body)
  return { blocks, title: null, published: null, url: raw.url, language: null, messages: [] }
}

/** Put the title first unless the text already opens with it. */
function withTitle(blocks: readonly Block[], title: string | null): readonly Block[] {
  const line = title ? normaliseLine(title) : ''
  const key = lineKey(line)
  if (key === '') return blocks
  const opening = blocks.slice(0, 3).map((b) => lineKey(b.text))
  if (opening.some((k) => k === key || k.startsWith(key) || (k.length > 20 && key.startsWith(k)))) return blocks
  return [block(line, 0, { heading: true }), ...blocks]
}

export function clean(raw: RawDoc): CleanedDoc {
  const article = source(raw)
  const data = furniture()
  const messages: ParleyMessage[] = [...article.messages]
  let blocks: readonly Block[] = article.blocks
  checkLength(blocks)
  for (const pass of PASSES) {
    const result = pass(blocks, data)
    blocks = result.blocks
    messages.push(...result.messages)
  }
  if (blocks.length === 0) {
    throw new ParleyError('PARLEY_INPUT', 'Unexpected empty text after cleaning, expected an article body', 'empty-after-cleaning')
  }
  const title = raw.title ?? article.title
  const { text, paragraphs } = assemble(withTitle(blocks, title))
  const given = article.url ?? raw.url
  const url = safeUrl(given)
  if (given !== null && url === null) messages.push(message('clean', 'unsafe-url-dropped', 'Unexpected document URL that is not http(s), expected an http(s) URL; dropped'))
  return {
    raw,
    text,
    title: title ? normaliseLine(title) : null,
    url,
    published: raw.published ?? article.published,
    language: article.language,
    paragraphs,
    messages,
  }
}
