/**
 * The dashboard over what the pipeline really extracts: test/corpus/ is
 * ingested with ingest() into a fresh store, served, and each main view is
 * opened in Chromium. Content checks are deliberately loose (the extraction
 * stages keep improving); the point is that real output renders, with no
 * script errors, and fits a phone screen.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../../src/app/ingest.js'
import { SAMPLE_CORPUS } from '../../src/cli/commands/demo.js'
import { startServer, type RunningServer } from '../../src/cli/commands/serve.js'
import { openStore, type SqliteStore } from '../../src/store/index.js'
import { ensureWebBuilt } from '../build.js'

const CHROMIUM = '/usr/bin/chromium'
const SHOTS = new URL('../../test-output/screenshots/', import.meta.url)
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run']
const hasCorpus = existsSync(SAMPLE_CORPUS) && readdirSync(SAMPLE_CORPUS).length > 0

let dir: string
let store: SqliteStore
let server: RunningServer
let browser: Browser
const problems: string[] = []

beforeAll(async () => {
  if (!hasCorpus || !existsSync(CHROMIUM)) return
  const dist = await ensureWebBuilt()
  mkdirSync(SHOTS, { recursive: true })
  dir = mkdtempSync(join(tmpdir(), 'parley-corpus-'))
  store = openStore(join(dir, 'corpus.db'))
  await ingest([SAMPLE_CORPUS], { store })
  server = await startServer({ store, token: null, port: 0, webRoot: dist })
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  store?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function open(hash: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GPU stall|ReadPixels/.test(m.text())) problems.push(`${hash}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`${hash}: ${e.message}`))
  await page.goto(`${server.url}#/${hash}`)
  await page.locator('main h1').first().waitFor()
  return page
}

// Viewport-sized: real data makes full-page shots of the timeline thousands of pixels tall.
const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname })

describe.skipIf(!hasCorpus || !existsSync(CHROMIUM))('dashboard over the ingested sample corpus', () => {
  it('renders every view with real extractions', async () => {
    const documents = store.documentCount()
    expect(documents).toBeGreaterThan(0)
    const page = await open('overview')
    expect(await page.locator('main').innerText()).toMatch(new RegExp(`${documents}\\s+documents`))
    await shot(page, 'corpus-overview-1280')
    for (const view of ['timeline', 'issues', 'actors', 'map', 'documents', 'search?q=washington']) {
      await page.evaluate((h) => (window.location.hash = h), `#/${view}`)
      await page.locator('main h1').first().waitFor()
      await page.waitForTimeout(view === 'map' || view === 'actors' ? 800 : 200)
      await shot(page, `corpus-${view.replace(/\?.*/, '')}-1280`)
    }
    await page.close()
  })

  it('opens a report in the reader with its highlights', async () => {
    const [first] = store.listDocuments(1)
    const page = await open(`reader/${first!.id}`)
    await page.locator('.doc-text').waitFor()
    expect((await page.locator('.doc-text').innerText()).length).toBeGreaterThan(50)
    await shot(page, 'corpus-reader-1280')
    await page.close()
  })

  it('fits 390 px with real data', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    for (const view of ['overview', 'timeline', 'issues', 'actors']) {
      await page.goto(`${server.url}#/${view}`)
      await page.locator('main h1').first().waitFor()
      await page.waitForTimeout(150)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(390)
    }
    await shot(page, 'corpus-actors-390')
    await page.close()
  })

  it('logged no script errors or CSP violations', () => {
    expect(problems).toEqual([])
  })
})
