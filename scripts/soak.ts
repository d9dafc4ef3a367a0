/**
 * The long load test (`npm run soak`): `parley serve` on a store of 1 200
 * synthetic reports, 50 concurrent clients on 127.0.0.1 cycling through the
 * API's main queries for 30 s; while they run, a second pass re-reads every
 * document to check none comes back partial. Prints the figures (requests,
 * requests per second, p50/p97.5/p99 latency, errors), writes them to
 * test-output/robustness/soak.json, and exits 1 on any error, timeout,
 * non-200 or malformed answer.
 *
 *   npm run soak                          # 50 clients, 30 s
 *   npm run soak -- --seconds 60 --connections 100 --copies 400
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { writeFigures } from '../test/robustness/figures.js'
import { mainQueries, runLoad, spawnServe, syntheticAnalyses, writeStore } from '../test/robustness/load.js'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    copies: { type: 'string', default: '200' },
  },
})
const seconds = Number(values.seconds)
const connections = Number(values.connections)
const analyses = syntheticAnalyses(Number(values.copies))

/** Every document, fetched whole, must match what was stored (while the load runs). */
async function checkDocuments(url: string): Promise<number> {
  let bad = 0
  for (const a of analyses) {
    try {
      const view = (await (await fetch(`${url}/api/documents/${a.id}`)).json()) as { text?: string; events?: unknown[]; sentences?: unknown[] }
      if (view.text !== a.text || view.events?.length !== a.events.length || view.sentences?.length !== a.sentences.length) bad++
    } catch (error) {
      bad++
      process.stdout.write(`soak: /api/documents/${a.id}: ${String(error)} ${String((error as { cause?: unknown }).cause)}\n`)
    }
  }
  return bad
}

const dir = mkdtempSync(join(tmpdir(), 'parley-soak-'))
try {
  const db = join(dir, 'soak.db')
  process.stdout.write(`soak: writing ${analyses.length} documents...\n`)
  writeStore(db, analyses)
  const served = await spawnServe(db)
  process.stdout.write(`soak: ${connections} clients for ${seconds} s against ${served.url}\n`)
  const [figures, partial] = await Promise.all([
    runLoad(served.url, mainQueries(analyses), { connections, seconds }),
    checkDocuments(served.url),
  ])
  const exit = await served.stop()
  const serverErrors = served.stderr().split('\n').filter((l) => /parley serve:|Internal error/.test(l)).length
  const result = { documents: analyses.length, ...figures, partialDocuments: partial, serverErrors, serverExit: exit }
  writeFigures('soak', result)
  const { p50, p97_5, p99, max } = figures.latencyMs
  process.stdout.write(
    `soak: ${figures.requests} requests (${figures.perSecond}/s), latency p50 ${p50} ms, p97.5 ${p97_5} ms, p99 ${p99} ms, max ${max} ms\n` +
      `soak: errors ${figures.errors}, timeouts ${figures.timeouts}, non-2xx ${figures.non2xx}, bad bodies ${figures.badBodies}, ` +
      `partial documents ${partial}, server errors ${serverErrors}, server exit ${exit}\n`,
  )
  for (const s of figures.samples) process.stdout.write(`  ${s}\n`)
  const failed = figures.errors + figures.timeouts + figures.non2xx + figures.badBodies + partial + serverErrors > 0 || exit !== 0
  process.exitCode = failed ? 1 : 0
} finally {
  rmSync(dir, { recursive: true, force: true })
}
