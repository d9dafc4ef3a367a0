/**
 * Sentence segmentation: takes the cleaned text (paragraphs are lines) and
 * its language, gives the sentences as spans into the text, in order.
 *
 * Guarantees: each span is trimmed (no white space at either end), non-empty,
 * inside one line (never crosses '\n'); spans never overlap; together they
 * cover every non-blank character; none is longer than MAX_SENTENCE (2,000)
 * characters (./bound.ts cuts a longer run at a clause mark or white space,
 * so that no later stage sees an endless sentence). A line without final
 * punctuation (a headline, a dateline, a caption) is therefore its own
 * sentence.
 *
 * How: each line is cut into chunks of at most ~2 KB (Intl.Segmenter is
 * super-linear on long strings), ICU's sentence rules split each chunk, and
 * the passes in ./passes repair what ICU gets wrong, using the language's
 * data in src/languages/<iso>/segment.yaml (plus _base).
 *
 * Emits no messages (no ruleIds).
 *
 * Example:
 *   segment('Н. Пашинян прибыл в г. Вашингтон. Переговоры начались.', 'ru')
 *   → [{ start: 0, end: 33, index: 0 }, { start: 34, end: 54, index: 1 }]
 */
import type { LanguageCode, Sentence } from '../core/doc.js'
import type { Span } from '../core/span.js'
import { boundSentences } from './bound.js'
import { chunkLine } from './chunk.js'
import { icuSpans } from './icu.js'
import { PASSES } from './passes/index.js'
import { segmentRules } from './rules.js'
import { trimSpan } from './spans.js'

/** The non-blank lines of the text, trimmed. */
function lines(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = trimSpan(text, start, end)
    if (line.end > line.start) out.push(line)
    start = end + 1
  }
  return out
}

/** ICU spans of one line, with the pieces on both sides of a forced chunk cut joined again. */
function lineSpans(text: string, line: Span, language: string): Span[] {
  const out: Span[] = []
  let joinNext = false
  for (const chunk of chunkLine(text, line.start, line.end)) {
    const spans = icuSpans(text, chunk, language)
    const first = spans[0]
    const last = out[out.length - 1]
    if (joinNext && first !== undefined && last !== undefined) {
      out[out.length - 1] = { start: last.start, end: first.end }
      spans.shift()
    }
    out.push(...spans)
    joinNext = chunk.forced
  }
  return out
}

export { MAX_SENTENCE } from './bound.js'

export function segment(text: string, language: LanguageCode): Sentence[] {
  const ctx = { text, rules: segmentRules(language) }
  const out: Sentence[] = []
  for (const line of lines(text)) {
    let spans = lineSpans(text, line, language)
    for (const pass of PASSES) spans = pass(ctx, spans)
    spans = boundSentences(text, spans)
    for (const span of spans) out.push({ start: span.start, end: span.end, index: out.length })
  }
  return out
}
