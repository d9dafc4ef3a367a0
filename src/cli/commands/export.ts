/** `parley export [--db FILE] --format jsonl [--out FILE]` */
import type { Command } from 'commander'
import { EXPORT_FORMATS, exportTo } from '../../app/export.js'
import { defaultDbPath } from '../../store/index.js'

export function registerExport(program: Command, _setExit: (code: number) => void): void {
  program
    .command('export')
    .description('write what the database holds in an export format')
    .option('--db <file>', 'SQLite database (default ./parley.db or $PARLEY_DB)')
    .requiredOption('--format <format>', `one of: ${EXPORT_FORMATS.join(', ')}`)
    .option('--out <file>', 'output file (default: stdout)')
    .action(async (opts: { db?: string; format: string; out?: string }) => {
      const result = await exportTo({ db: opts.db ?? defaultDbPath(), format: opts.format, ...(opts.out ? { out: opts.out } : {}) })
      if (opts.out) process.stderr.write(`wrote ${result.lines} lines to ${opts.out}\n`)
    })
}
