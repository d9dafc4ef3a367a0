/**
 * The CLI: a thin shell over the library (src/index.ts). Each command lives in
 * src/cli/commands/. Errors become one line on stderr and an exit code from
 * the table in src/core/errors.ts (usage errors exit 2), never a stack trace.
 */
import { Command, CommanderError } from 'commander'
import { describeError, toExitCode } from '../core/errors.js'
import { VERSION } from '../version.js'
import { registerDemo } from './commands/demo.js'
import { registerEvents } from './commands/events.js'
import { registerExport } from './commands/export.js'
import { registerIngest } from './commands/ingest.js'
import { registerIssues } from './commands/issues.js'
import { registerServe } from './commands/serve.js'

/** The whole command tree (also read by scripts/docs.ts to write docs/cli.md). */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('parley')
    .description('Follow a conflict and its peace talks through the news, with every fact sourced.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run `parley --help` for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  registerIngest(program, setExit)
  registerExport(program, setExit)
  registerEvents(program, setExit)
  registerIssues(program, setExit)
  registerServe(program, setExit)
  registerDemo(program, setExit)
  return program
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0
  const program = buildProgram((code) => {
    exitCode = code
  })
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version are "errors" to commander; they exit 0.
      return error.exitCode === 0 ? 0 : 2
    }
    process.stderr.write(`parley: ${describeError(error)}\n`)
    return toExitCode(error)
  }
}
