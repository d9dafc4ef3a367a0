/**
 * The library's export: every stored analysis in one of the export formats,
 * written line by line to a sink (stdout or a file) so memory stays flat.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { ParleyError } from '../core/errors.js'
import { jsonlLines } from '../export/jsonl.js'
import { openStore, type SqliteStore } from '../store/index.js'

export const EXPORT_FORMATS = ['jsonl'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportOptions {
  readonly db?: string
  readonly store?: SqliteStore
  readonly format: string
  /** A file path; stdout when absent. */
  readonly out?: string
}

export async function exportTo(options: ExportOptions): Promise<{ lines: number }> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new ParleyError('PARLEY_USAGE', `Unexpected format \`${options.format}\`, expected one of: ${EXPORT_FORMATS.join(', ')}`)
  }
  const store = options.store ?? openStore(options.db, { readonly: true })
  const sink: Writable = options.out ? createWriteStream(options.out) : process.stdout
  let lines = 0
  try {
    for (const line of jsonlLines(store.analyses())) {
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
