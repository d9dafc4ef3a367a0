/** `parley demo`: what `npm start` runs — ingest the bundled sample corpus and show what it holds. */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { ingest } from '../../app/ingest.js'
import { openStore } from '../../store/index.js'
import { printIngestSummary } from '../report.js'

export const SAMPLE_CORPUS = fileURLToPath(new URL('../../../test/corpus/', import.meta.url))

export function registerDemo(program: Command, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('ingest the bundled sample corpus into a database and print an overview')
    .option('--db <file>', 'SQLite database', 'parley.db')
    .action(async (opts: { db: string }) => {
      if (!existsSync(SAMPLE_CORPUS)) throw new Error(`sample corpus not found at ${SAMPLE_CORPUS}`)
      const summary = await ingest([SAMPLE_CORPUS], { db: opts.db })
      printIngestSummary(summary, process.stdout, process.stderr)
      const store = openStore(opts.db, { readonly: true })
      try {
        for (const d of store.listDocuments()) {
          process.stdout.write(`  ${d.language}  ${d.published ?? '          '}  ${d.events} events  ${d.title ?? d.source}\n`)
        }
      } finally {
        store.close()
      }
      setExit(0)
    })
}
