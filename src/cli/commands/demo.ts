/**
 * `parley demo`: what `npm start` runs — ingest the bundled sample corpus,
 * print what it holds, then serve the dashboard on it (building the
 * dashboard first if web/dist is missing). `--no-serve` stops after the overview.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { basename } from 'node:path'
import type { Command } from 'commander'
import { ingest } from '../../app/ingest.js'
import { openStore } from '../../store/index.js'
import { printIngestSummary } from '../report.js'
import { parsePort, serveUntilStopped } from './serve.js'

export const SAMPLE_CORPUS = fileURLToPath(new URL('../../../test/corpus/', import.meta.url))

interface DemoOptions {
  db: string
  serve: boolean
  port: string
  host: string
}

export function registerDemo(program: Command, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('ingest the bundled sample corpus, print an overview and serve the dashboard on it')
    .option('--db <file>', 'SQLite database', 'parley.db')
    .option('--no-serve', 'print the overview and exit')
    .option('--port <port>', 'TCP port for the dashboard', '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .action(async (opts: DemoOptions) => {
      if (!existsSync(SAMPLE_CORPUS)) throw new Error(`sample corpus not found at ${SAMPLE_CORPUS}`)
      const summary = await ingest([SAMPLE_CORPUS], { db: opts.db })
      printIngestSummary(summary, process.stdout, process.stderr)
      const port = parsePort(opts.port)
      const store = openStore(opts.db, opts.serve && process.env['PARLEY_TOKEN'] ? {} : { readonly: true })
      try {
        for (const d of store.listDocuments()) {
          process.stdout.write(`  ${d.language}  ${d.published ?? '          '}  ${d.events} events  ${d.title ?? basename(d.source)}\n`)
        }
      } catch (error) {
        store.close()
        throw error
      }
      if (!opts.serve) {
        store.close()
        return setExit(0)
      }
      // Vite is a dev dependency: only needed when the dashboard has not been built yet.
      const { ensureWebBuilt } = await import('../../../web/build.js')
      await ensureWebBuilt()
      await serveUntilStopped(store, { token: process.env['PARLEY_TOKEN'] || null, port, host: opts.host })
      setExit(0)
    })
}
