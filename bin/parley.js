#!/usr/bin/env node
// The `parley` command: runs the TypeScript sources through tsx's loader, so
// there is no build step between a clone and a working CLI.
import { register } from 'tsx/esm/api'

// A closed pipe (`parley events | head`) ends the command quietly, as it does for other tools.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
