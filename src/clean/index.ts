/**
 * CLEAN: RawDoc → CleanedDoc. Takes the decoded body (text, Markdown or
 * HTML) and gives the article text that is stored and that every offset
 * points into: one paragraph a line, NFC, page furniture and teaser lists
 * removed, with the title first, the page's metadata (title, date, canonical
 * URL, <html lang>) and, per paragraph, its span and raw start.
 * Throws ParleyError('PARLEY_INPUT', ..., 'empty-after-cleaning') when no
 * text is left.
 *
 *   html/extract-article   Readability over linkedom, body fallback
 *   passes/01-normalise    NFC, invisible characters, spaces
 *   passes/02-...          furniture lines (cue data in src/languages/<iso>/furniture.yaml)
 *   passes/03-...          teaser lists (general heuristic)
 *   passes/04-...          "read more" lead-ins and list headings inside the text
 */
import type { CleanedDoc, RawDoc } from '../core/doc.js'
import { ParleyError } from '../core/errors.js'
import type { ParleyMessage } from '../core/message.js'
import { assemble, block, type Block, type Pass } from './blocks.js'
import { furniture } from './furniture/data.js'
import { lineKey } from './furniture/keys.js'
import { extractArticle, type Article } from './html/extract-article.js'
import { normalise, normaliseLine } from './passes/01-normalise.js'
import { dropFurnitureLines } from './passes/02-drop-furniture-lines.js'
import { dropTeaserLists } from './passes/03-drop-teaser-lists.js'
import { dropReadMore } from './passes/04-drop-read-more.js'
import { markdownBlocks } from './text/markdown.js'
import { textBlocks } from './text/split-lines.js'

const PASSES: readonly Pass[] = [normalise, dropFurnitureLines, dropTeaserLists, dropReadMore]

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
  for (const pass of PASSES) {
    const result = pass(blocks, data)
    blocks = result.blocks
    messages.push(...result.messages)
  }
  if (blocks.length === 0) {
    throw new ParleyError('PARLEY_INPUT', `Unexpected empty text after cleaning ${raw.source}, expected an article body`, 'empty-after-cleaning')
  }
  const title = raw.title ?? article.title
  const { text, paragraphs } = assemble(withTitle(blocks, title))
  return {
    raw,
    text,
    title: title ? normaliseLine(title) : null,
    url: article.url ?? raw.url,
    published: raw.published ?? article.published,
    language: article.language,
    paragraphs,
    messages,
  }
}
