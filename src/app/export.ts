/**
 * The library's export: every stored analysis in one of the export formats,
 * written line by line to a sink (stdout or a file) so memory stays flat.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import type { Analysis } from '../core/doc.js'
import { ParleyError } from '../core/errors.js'
import { boardJson } from '../export/board.js'
import { csvLines } from '../export/csv.js'
import { geojsonLines } from '../export/geojson.js'
import { jsonlLines, type ExportContext } from '../export/jsonl.js'
import { ploverLines } from '../export/plover.js'
import { openStore, type SqliteStore } from '../store/index.js'
import { allCorrections } from '../store/queries.js'
import { applyCorrections, type Correction, type RecordStatus } from './corrections.js'

type LineWriter = (analyses: Iterable<Analysis>, ctx: ExportContext, store: SqliteStore) => Iterable<string>

const WRITERS: Record<string, LineWriter> = {
  jsonl: jsonlLines,
  csv: csvLines,
  plover: ploverLines,
  geojson: geojsonLines,
}

/** `board` is one JSON document (the issue board and rounds), not a stream of records. */
export const EXPORT_FORMATS = [...Object.keys(WRITERS), 'board']

function groupByDoc(corrections: readonly Correction[]): Map<string, Correction[]> {
  const byDoc = new Map<string, Correction[]>()
  for (const c of corrections) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c])
  return byDoc
}

/** Analysts' corrections are part of every export: rejected records go, edits apply, statuses are kept. */
function* corrected(analyses: Iterable<Analysis>, byDoc: Map<string, Correction[]>, review: Map<string, RecordStatus>): Generator<Analysis> {
  for (const a of analyses) {
    const corrections = byDoc.get(a.id)
    if (!corrections) {
      yield a
      continue
    }
    const result = applyCorrections(a, corrections)
    for (const [id, status] of Object.entries(result.status.events)) review.set(`${a.id}|${id}`, status)
    yield result.analysis
  }
}

export interface ExportOptions {
  readonly db?: string
  readonly store?: SqliteStore
  readonly format: string
  /** A file path; stdout when absent. */
  readonly out?: string
}

export async function exportTo(options: ExportOptions): Promise<{ lines: number }> {
  const writer = options.format === 'board' ? (_: unknown, __: unknown, store: SqliteStore) => [JSON.stringify(boardJson(store), null, 2)] : WRITERS[options.format]
  if (!writer) {
    throw new ParleyError('PARLEY_USAGE', `Unexpected format \`${options.format}\`, expected one of: ${EXPORT_FORMATS.join(', ')}`)
  }
  const store = options.store ?? openStore(options.db, { readonly: true })
  const sink: Writable = options.out ? createWriteStream(options.out) : process.stdout
  let lines = 0
  try {
    const review = new Map<string, RecordStatus>()
    const analyses = corrected(store.analyses(), groupByDoc(allCorrections(store.db)), review)
    const ctx: ExportContext = {
      clusterOf: (doc, id) => store.clusterOf(doc, id),
      reviewOf: (doc, id) => review.get(`${doc}|${id}`) ?? 'extracted',
    }
    for (const line of writer(analyses, ctx, store)) {
      lines++
      if (!sink.write(line + '\n')) await once(sink, 'drain')
    }
  } finally {
    if (!options.store) store.close()
    if (options.out) {
      sink.end()
      await once(sink, 'finish')
    }
  }
  return { lines }
}
