/**
 * Load: `parley serve` on a store of 300 reports, 50 concurrent clients on
 * loopback cycling through the API's main queries for 5 s (CI; the 30 s form
 * is `npm run soak`). No errors, no timeouts, only 200s with JSON; p99 is
 * recorded in test-output/robustness/load.json.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFigures } from './figures.js'
import { mainQueries, runLoad, spawnServe, syntheticAnalyses, writeStore, type Served } from './load.js'

const SECONDS = Number(process.env['PARLEY_LOAD_SECONDS'] ?? 5)
const analyses = syntheticAnalyses(50)
let dir: string
let served: Served
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-load-'))
  const db = join(dir, 'load.db')
  writeStore(db, analyses)
  served = await spawnServe(db)
}, 60_000)
afterAll(async () => {
  await served?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('load', () => {
  it(`serves 50 concurrent clients for ${SECONDS} s without an error`, async () => {
    const figures = await runLoad(served.url, mainQueries(analyses), { connections: 50, seconds: SECONDS })
    writeFigures('load', { documents: analyses.length, ...figures })
    expect(figures.requests).toBeGreaterThan(0)
    expect({ errors: figures.errors, timeouts: figures.timeouts, non2xx: figures.non2xx, badBodies: figures.badBodies }, figures.samples.join('\n'))
      .toEqual({ errors: 0, timeouts: 0, non2xx: 0, badBodies: 0 })
    expect(Number.isFinite(figures.latencyMs.p99)).toBe(true)
    expect(served.stderr()).not.toMatch(/Internal error|parley serve:/)
    expect(await served.stop()).toBe(0)
  }, 120_000)
})
