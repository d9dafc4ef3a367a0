/** `parley events [--db FILE] [--mentions] [--type T] [--json]`: the merged events, one line each. */
import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import { formatEvent, listEvents } from '../../app/events-list.js'
import { clusterPending } from '../../app/merge.js'
import { ParleyError } from '../../core/errors.js'
import { defaultDbPath, openStore } from '../../store/index.js'

interface EventsOptions {
  db?: string
  mentions?: boolean
  type?: string
  json?: boolean
}

export function registerEvents(program: Command, setExit: (code: number) => void): void {
  program
    .command('events')
    .description('list events merged across reports and languages: date, place, sides, reports, contested claims')
    .option('--db <file>', 'SQLite database (default ./parley.db or $PARLEY_DB)')
    .option('--mentions', 'show each event\'s mentions: document, language and quote')
    .option('--type <type>', 'only events of this PLOVER type (e.g. CONSULT)')
    .option('--json', 'one JSON object a line instead of text')
    .action((opts: EventsOptions) => {
      const path = opts.db ?? defaultDbPath()
      if (!existsSync(path)) throw new ParleyError('PARLEY_NOT_FOUND', `Database ${path} not found; run \`parley ingest --db ${path} <inputs>\` first`)
      const store = openStore(path)
      try {
        // Documents stored before merging existed get their clusters now.
        clusterPending(store)
        let count = 0
        for (const event of listEvents(store, { ...(opts.type ? { type: opts.type } : {}), mentions: opts.mentions ?? false })) {
          count++
          process.stdout.write(opts.json ? `${JSON.stringify(event)}\n` : `${formatEvent(event).join('\n')}\n`)
        }
        if (!opts.json) process.stderr.write(`${count} event${count === 1 ? '' : 's'}\n`)
        setExit(0)
      } finally {
        store.close()
      }
    })
}
