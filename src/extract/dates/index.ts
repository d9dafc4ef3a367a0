/**
 * Dates stage.
 *
 * Takes: a segmented TextUnit and the publication date as metadata gave it
 * (any common format, or null).
 * Gives: the document date (from metadata, else inferred from the text and
 * marked inferred, else null) and every date expression of the text as a
 * DateMention: its exact span, the normalised date truncated to its
 * precision, a range end, whether it was resolved against an anchor, and
 * flags ('unresolved-relative', 'ambiguous-numeric', 'garbled-month', …).
 *
 * How: a small grammar engine (tokens → rule matches → combined expressions
 * → resolution) driven entirely by src/languages/<iso>/dates.yaml and
 * _base/dates.yaml. Relative expressions resolve against the document date;
 * with no document date they stay unresolved rather than guessed.
 *
 * Flags: unresolved-relative (no anchor), ambiguous-numeric (10/11/2020 reads
 * both ways; the language's first reading is kept), garbled-month/-day/-year
 * (a number lost in translation: only the certain year is kept),
 * impossible-date (31 February: date null), weekday-mismatch, year-from-context
 * (year borrowed from a dated mention just before), year-from-document (a
 * yearless day or month placed in the document date's year), weekday (a bare
 * "on Friday": the latest such day up to the document date), coarse-anchor (the anchor
 * was coarser than the expression, so the anchor itself is given), approximate
 * ("two weeks ago"), decade, season, early/mid/late.
 */
import type { DateMention, DocumentDate, PartialDate } from '../../core/doc.js'
import type { TextUnit } from '../../core/unit.js'
import type { Mention } from './atoms.js'
import { combine } from './combine.js'
import { grammarFor, type Grammar } from './grammar.js'
import { inferDocumentDate } from './infer.js'
import { parsePublished } from './published.js'
import { resolveAll } from './resolve.js'
import { scanAtoms } from './scan.js'
import { linesAsSentences } from './sentences.js'

export { parsePublished } from './published.js'

/**
 * The expressions of the last few texts. The pipeline reads one document's
 * dates several times (under each anchor its known events suggest); the
 * expressions do not depend on the anchor, only resolving them does.
 */
const recent = new Map<string, readonly Mention[]>()
const RECENT = 4

function expressionsOf(text: string, language: string, grammar: Grammar): readonly Mention[] {
  const key = `${language}\u0000${text}`
  const hit = recent.get(key)
  if (hit) return hit
  const found = combine(text, scanAtoms(text, grammar))
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!)
  recent.set(key, found)
  return found
}

/**
 * `known`: dates the document is known to report (from the chronology of
 * known events), used as evidence only when metadata gives no date.
 */
export function analyseDates(
  unit: TextUnit,
  published: string | null,
  known: readonly PartialDate[] = [],
): { published: DocumentDate | null; dates: DateMention[] } {
  const grammar = grammarFor(unit.language)
  const sentences = unit.sentences.length > 0 ? unit.sentences : linesAsSentences(unit.text)
  const expressions = expressionsOf(unit.text, unit.language, grammar)
  const given = parsePublished(published, [grammar, grammarFor('en')])
  // Without metadata, a first pass with no anchor shows what the text itself states.
  const docDate: DocumentDate | null = given
    ? { ...given, inferred: false }
    : inferDocumentDate(unit.text, resolveAll(unit.text, expressions, sentences, null), known)
  const dates = resolveAll(unit.text, expressions, sentences, docDate).map((r) => r.mention)
  return { published: docDate, dates }
}
