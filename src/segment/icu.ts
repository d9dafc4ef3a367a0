/**
 * The base splitter: Intl.Segmenter (ICU sentence rules, UAX #29) on one
 * chunk, giving trimmed, non-empty spans in document offsets. One segmenter
 * is kept per locale.
 */
import type { Span } from '../core/span.js'
import type { Chunk } from './chunk.js'
import { trimSpan } from './spans.js'

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(language: string): Intl.Segmenter {
  let seg = segmenters.get(language)
  if (seg === undefined) {
    try {
      seg = new Intl.Segmenter(language, { granularity: 'sentence' })
    } catch {
      seg = new Intl.Segmenter('und', { granularity: 'sentence' }) // an odd code must not stop segmentation
    }
    segmenters.set(language, seg)
  }
  return seg
}

/** Where ICU may end a sentence (UAX #29): after a sentence mark (STerm, ATerm) ... */
const MARK = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e]/u
/** ... and after a paragraph separator, always. */
const SEPARATOR = /[\r\n\u0085\u2028\u2029]/
/** After the first mark: more marks and closing quotes or brackets, then spaces, and the end (no rule breaks inside). */
const FINAL_RUN = /^[\p{Sentence_Terminal}\u2024\ufe52\uff0e"'”’»)\]]*[ \t\u00a0]*$/u

/**
 * Whether ICU would give the piece as one sentence: no separator, and no
 * sentence mark or only the final run after the first one (most paragraphs
 * of wire copy are one sentence; skipping the segmenter for them saves its
 * per-call cost). Anything else goes to ICU.
 */
function singleSentence(piece: string): boolean {
  if (SEPARATOR.test(piece)) return false
  const mark = MARK.exec(piece)
  return mark === null || FINAL_RUN.test(piece.slice(mark.index + mark[0].length))
}

/**
 * Whether a language's segmenter follows the default rules the shortcut
 * assumes: ICU has locale rules too (Greek ends a sentence at ';'). Probed
 * once per language with every punctuation mark that is not a sentence mark,
 * each between two words: the default rules see one sentence there.
 */
const defaultRules = new Map<string, boolean>()
let probe: string | null = null

function followsDefaultRules(language: string): boolean {
  let yes = defaultRules.get(language)
  if (yes === undefined) {
    probe ??= probeText()
    let parts = 0
    for (const _ of segmenterFor(language).segment(probe)) parts++
    defaultRules.set(language, (yes = parts === 1))
  }
  return yes
}

function probeText(): string {
  const marks: string[] = []
  for (let c = 0x21; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    if (/\p{P}/u.test(ch) && !MARK.test(ch)) marks.push(ch)
  }
  return `Abc${marks.map((m) => `${m} Def`).join(' abc')}`
}

export function icuSpans(text: string, chunk: Chunk, language: string): Span[] {
  const piece = text.slice(chunk.start, chunk.end)
  if (!singleSentence(piece) || !followsDefaultRules(language)) return segmenterSpans(text, chunk, piece, language)
  const span = trimSpan(text, chunk.start, chunk.end)
  return span.end > span.start ? [span] : []
}

/** What Intl.Segmenter gives (exported for the test that checks the shortcut against it). */
export function segmenterSpans(text: string, chunk: Chunk, piece: string, language: string): Span[] {
  const out: Span[] = []
  for (const part of segmenterFor(language).segment(piece)) {
    const from = chunk.start + part.index
    const span = trimSpan(text, from, from + part.segment.length)
    if (span.end > span.start) out.push(span)
  }
  return out
}
