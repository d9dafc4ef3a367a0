/**
 * Every rule id a message or a per-input failure can carry, with what it
 * means and what the user can do. docs/messages.md is generated from this
 * list (scripts/docs.ts), and a test checks that every id used in the code
 * is listed here.
 */
import type { Severity } from './message.js'

export interface Rule {
  readonly id: string
  /** The stage that reports it. */
  readonly stage: 'ingest' | 'clean' | 'analysis'
  /** fatal: the input is not stored; warning / info: stored, with the message. */
  readonly severity: Severity
  readonly meaning: string
  readonly remedy: string
}

export const RULES: readonly Rule[] = [
  { id: 'empty-input', stage: 'ingest', severity: 'fatal', meaning: 'The file, page or feed item has no content (or only whitespace).', remedy: 'Check the path or URL; nothing is stored for it.' },
  { id: 'binary-input', stage: 'ingest', severity: 'fatal', meaning: 'The bytes are not text (an image, an archive, a PDF...), whatever the file name says.', remedy: 'Convert the document to text or HTML first.' },
  { id: 'input-too-large', stage: 'ingest', severity: 'fatal', meaning: 'The input is larger than the size limit for one document.', remedy: 'Split it (a JSONL file takes one article a line).' },
  { id: 'unreadable-input', stage: 'ingest', severity: 'fatal', meaning: 'The file cannot be read, or its bytes cannot be decoded in any known encoding.', remedy: 'Check permissions; save the file as UTF-8.' },
  { id: 'malformed-feed', stage: 'ingest', severity: 'fatal', meaning: 'An RSS or Atom feed whose XML cannot be parsed (or that uses entity expansion).', remedy: 'Fetch the feed again or give its articles as pages.' },
  { id: 'malformed-jsonl-line', stage: 'ingest', severity: 'fatal', meaning: 'A JSONL line that is not a JSON object with a `text` or `html` field.', remedy: 'Fix that line; the other lines are ingested.' },
  { id: 'unsupported-input', stage: 'ingest', severity: 'fatal', meaning: 'A file type or URL scheme Parley does not read (only http, https and local files).', remedy: 'Give .txt, .md, .html, .xml/.rss/.atom or .jsonl files, or http(s) URLs.' },
  { id: 'fetch-failed', stage: 'ingest', severity: 'fatal', meaning: 'A URL could not be fetched: network error, timeout, HTTP error, too many redirects or too large a body.', remedy: 'Retry later or save the page and ingest the file.' },
  { id: 'empty-after-cleaning', stage: 'clean', severity: 'fatal', meaning: 'Once menus, teasers and other page furniture are removed, no article text is left.', remedy: 'The page is probably an index or a login wall; ingest the article page itself.' },
  { id: 'text-too-long', stage: 'clean', severity: 'fatal', meaning: 'The article text is longer than the limit for one document (500,000 characters).', remedy: 'Split it into one document per article.' },
  { id: 'html-fallback', stage: 'clean', severity: 'warning', meaning: 'Article extraction found no article, so the text of the whole page was kept.', remedy: 'None needed; check the document in the reader if results look noisy.' },
  { id: 'html-depth-limited', stage: 'clean', severity: 'warning', meaning: 'The HTML nests deeper than the limit; the deepest parts were flattened.', remedy: 'None needed.' },
  { id: 'unsafe-url-dropped', stage: 'clean', severity: 'warning', meaning: 'The page gave a link or canonical URL with a scheme other than http(s) (javascript:, data:...); it was dropped.', remedy: 'None needed.' },
  { id: 'furniture-dropped', stage: 'clean', severity: 'info', meaning: 'Lines of site furniture (bylines, share buttons, cookie notices...) were removed.', remedy: 'None needed.' },
  { id: 'teaser-list-dropped', stage: 'clean', severity: 'info', meaning: 'A list of teasers for other articles was removed.', remedy: 'None needed.' },
  { id: 'read-more-dropped', stage: 'clean', severity: 'info', meaning: 'A "read more" link line was removed.', remedy: 'None needed.' },
  { id: 'analysis-failed', stage: 'analysis', severity: 'fatal', meaning: 'Extraction stopped with an error on this document; nothing of it was stored.', remedy: 'Report it with the document; the rest of the batch is stored.' },
  { id: 'analysis-crashed', stage: 'analysis', severity: 'fatal', meaning: 'The worker analysing this document died (for example out of memory); it was restarted.', remedy: 'Report it with the document; the rest of the batch is stored.' },
  { id: 'analysis-timeout', stage: 'analysis', severity: 'fatal', meaning: 'Extraction took longer than the per-document time limit; the worker was stopped and restarted.', remedy: 'Report it with the document; the rest of the batch is stored.' },
]

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id)
}
