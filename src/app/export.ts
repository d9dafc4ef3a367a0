/**
 * The library's export: every stored analysis in one of the export formats,
 * written line by line to a sink (stdout or a file) so memory stays flat.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import type { Analysis } from '../core/doc.js'
import { ParleyError } from '../core/errors.js'
import { csvLines } from '../export/csv.js'
import { geojsonLines } from '../export/geojson.js'
import { jsonlLines, type ClusterOf } from '../export/jsonl.js'
import { ploverLines } from '../export/plover.js'
import { openStore, type SqliteStore } from '../store/index.js'

type LineWriter = (analyses: Iterable<Analysis>, clusterOf: ClusterOf) => Iterable<string>

const WRITERS: Record<string, LineWriter> = {
  jsonl: jsonlLines,
  csv: csvLines,
  plover: ploverLines,
  geojson: geojsonLines,
}

export const EXPORT_FORMATS = Object.keys(WRITERS)

export interface ExportOptions {
  readonly db?: string
  readonly store?: SqliteStore
  readonly format: string
  /** A file path; stdout when absent. */
  readonly out?: string
}

export async function exportTo(options: ExportOptions): Promise<{ lines: number }> {
  const writer = WRITERS[options.format]
  if (!writer) {
    throw new ParleyError('PARLEY_USAGE', `Unexpected format \`${options.format}\`, expected one of: ${EXPORT_FORMATS.join(', ')}`)
  }
  const store = options.store ?? openStore(options.db, { readonly: true })
  const sink: Writable = options.out ? createWriteStream(options.out) : process.stdout
  let lines = 0
  try {
    for (const line of writer(store.analyses(), (doc, id) => store.clusterOf(doc, id))) {
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
