// SCAFFOLD (to be replaced by the API/dashboard work).
import type { Command } from 'commander'

export function registerServe(program: Command, _setExit: (code: number) => void): void {
  program.command('serve').description('serve the HTTP API and the dashboard (not built yet)')
}
