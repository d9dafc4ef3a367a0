/** `parley issues [--db FILE] [--at DATE] [--json]`: the issue board, each party's latest position with its evidence. */
import type { Command } from 'commander'
import { ParleyError } from '../../core/errors.js'
import { defaultDbPath, openStore } from '../../store/index.js'
import { boardJson, boardText } from '../../export/board.js'

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/

export function registerIssues(program: Command, setExit: (code: number) => void): void {
  program
    .command('issues')
    .description('the issue board: per agenda issue its status and each party\'s latest position, with evidence')
    .option('--db <file>', 'SQLite database (default ./parley.db or $PARLEY_DB)')
    .option('--at <date>', 'the board as known on a date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--json', 'print the board as JSON (the same as `parley export --format board`)')
    .action((opts: { db?: string; at?: string; json?: boolean }) => {
      if (opts.at !== undefined && !DATE.test(opts.at)) {
        throw new ParleyError('PARLEY_USAGE', `Unexpected date \`${opts.at}\`, expected YYYY, YYYY-MM or YYYY-MM-DD`)
      }
      const store = openStore(opts.db ?? defaultDbPath(), { readonly: true })
      try {
        const board = boardJson(store, opts.at)
        process.stdout.write(opts.json ? JSON.stringify(board, null, 2) + '\n' : boardText(board))
        setExit(0)
      } finally {
        store.close()
      }
    })
}
