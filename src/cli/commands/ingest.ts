/** `parley ingest [--db FILE] [--actors FILE]... [--profile NAME|FILE] [--batch N] <input...>` */
import { InvalidArgumentError, type Command } from 'commander'
import { BATCH_SIZE, ingest } from '../../app/ingest.js'
import { defaultDbPath } from '../../store/index.js'
import { createProgress } from '../progress.js'
import { printIngestSummary } from '../report.js'

const collect = (value: string, previous: string[]) => [...previous, value]

function documentCount(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('Give a whole number of documents, from 1 to 100000.')
  return n
}

export function registerIngest(program: Command, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('read files, folders, feeds, JSONL and URLs; extract and store what they report')
    .argument('<inputs...>', 'files, folders (recursive), http(s) URLs of pages or feeds')
    .option('--db <file>', 'SQLite database (default ./parley.db or $PARLEY_DB)')
    .option('--actors <file>', 'extra actors and aliases in YAML (repeatable)', collect, [])
    .option('--profile <name|file>', 'process profile: a shipped name or a YAML file')
    .option('--batch <n>', `documents per write transaction (default ${BATCH_SIZE}); fewer show new reports sooner to a dashboard`, documentCount)
    .action(async (inputs: string[], opts: { db?: string; actors: string[]; profile?: string; batch?: number }) => {
      const progress = createProgress(process.stderr)
      const summary = await ingest(inputs, {
        db: opts.db ?? defaultDbPath(),
        actorFiles: opts.actors,
        profile: opts.profile ?? null,
        ...(opts.batch === undefined ? {} : { batchSize: opts.batch }),
        onProgress: (s, source) => progress.update(s.new + s.unchanged + s.failed, source),
      })
      progress.stop()
      printIngestSummary(summary, process.stdout, process.stderr)
      // A batch where everything failed exits 1; partial failures are reported and exit 0.
      setExit(summary.failed > 0 && summary.new + summary.unchanged === 0 ? 1 : 0)
    })
}
