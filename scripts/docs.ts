/**
 * Writes docs/cli.md (every command's --help) and docs/messages.md (every
 * rule id) from the code, so they cannot drift: `npx tsx scripts/docs.ts`.
 * src/cli/docs.test.ts fails when a file is out of date.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderCliDoc, renderMessagesDoc } from '../src/cli/docs.js'

for (const [name, text] of [['cli.md', renderCliDoc()], ['messages.md', renderMessagesDoc()]] as const) {
  writeFileSync(fileURLToPath(new URL(`../docs/${name}`, import.meta.url)), text)
  console.log(`wrote docs/${name}`)
}
