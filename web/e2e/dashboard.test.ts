/**
 * Browser tests of the dashboard: Debian's Chromium driven by playwright-core,
 * against the real server (createApp on 127.0.0.1, port 0) over a store
 * built from the hand-made fixtures. Builds web/dist first when it is missing.
 * Screenshots go to test-output/screenshots/ for a person to look at.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reextracted } from '../../src/api/fixtures.js'
import { restore, tempStore, type TempStore } from '../../src/api/test-helpers.js'
import { startServer, type RunningServer } from '../../src/cli/commands/serve.js'
import { ensureWebBuilt } from '../build.js'

const CHROMIUM = '/usr/bin/chromium'
const SHOTS = new URL('../../test-output/screenshots/', import.meta.url)
const TOKEN = 'e2e-token'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run']

let t: TempStore
let server: RunningServer
let browser: Browser
const problems: string[] = []

beforeAll(async () => {
  const dist = await ensureWebBuilt()
  mkdirSync(SHOTS, { recursive: true })
  t = tempStore()
  t.store.db.prepare(`UPDATE events SET cluster = 'c-washington' WHERE type IN ('CONSULT', 'SUPPORT') AND location = 'Washington'`).run()
  server = await startServer({ store: t.store, token: TOKEN, port: 0, host: '127.0.0.1', webRoot: dist })
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  t?.dispose()
})

async function open(hash: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  page.on('console', (m) => {
    // Software WebGL warns about GPU stalls; those are harmless.
    if (m.type() === 'error' && !/GPU stall|ReadPixels/.test(m.text())) problems.push(`${hash}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`${hash}: ${e.message}`))
  page.on('dialog', (d) => {
    problems.push(`${hash}: a dialog opened (${d.message()}): document text ran as script`)
    void d.dismiss()
  })
  await page.goto(`${server.url}#/${hash}`)
  return page
}

const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: true })
const docId = (source: string) => t.analyses.find((a) => a.source === source)!.id

describe.skipIf(!existsSync(CHROMIUM))('dashboard in Chromium', () => {
  it('overview shows counts, parties, mediators, the latest round and incidents', async () => {
    const page = await open('overview')
    await page.getByText('Latest round').waitFor()
    const text = await page.locator('main').innerText()
    expect(text).toMatch(/6\s+documents/)
    expect(text).toMatch(/11\s+events/)
    expect(text).toContain('Berlin')
    expect(text).toContain('Antony Blinken')
    expect(text).toContain('Karabakh armenians')
    await shot(page, 'overview-1280')
    await page.locator('a.card', { hasText: 'events' }).click()
    await page.waitForURL(/#\/timeline/)
    await page.close()
  })

  it('timeline places events by family; a dot opens the quote with a link to the reader', async () => {
    const page = await open('timeline')
    await page.locator('circle.dot').first().waitFor()
    expect(await page.locator('circle.dot').count()).toBe(10)
    // Keyboard: a dot takes focus and Enter opens it.
    await page.locator('circle.fam-dot-material-conflict').focus()
    await page.keyboard.press('Enter')
    const panel = page.locator('aside.side')
    await panel.locator('blockquote').waitFor()
    expect(await panel.locator('blockquote').innerText()).toContain('Азербайджан начал военную операцию')
    expect(await panel.locator('blockquote').getAttribute('lang')).toBe('ru')
    await shot(page, 'timeline-1280')
    await panel.locator('figcaption a').click()
    await page.waitForURL(/#\/reader\//)
    await page.locator('.hl-focus').first().waitFor()
    await page.close()
  })

  it('timeline filters by language and shows the other sources of a merged event', async () => {
    const page = await open('timeline?language=ru')
    await page.locator('.event-line').first().waitFor()
    expect(await page.locator('.event-line').count()).toBe(2)
    await page.goto(`${server.url}#/event/${docId('washington-talks.txt')}/e1`)
    await page.locator('.event-panel blockquote').nth(1).waitFor()
    const langs = await page.locator('.event-panel blockquote').evaluateAll((els) => els.map((e) => e.getAttribute('lang')))
    expect(langs).toEqual(['en', 'fr'])
    await page.close()
  })

  it('issue board: a cell opens its position history with evidence', async () => {
    const page = await open('issues')
    await page.locator('table.board').waitFor()
    await page.getByRole('link', { name: /Azerbaijan on Karabakh armenians/ }).click()
    const side = page.locator('aside.side')
    await side.locator('blockquote').waitFor()
    expect(await side.innerText()).toContain('international mechanism')
    await shot(page, 'issues-1280')
    await page.close()
  })

  it('actors: the network is drawn and an actor page lists events, co-actors and positions', async () => {
    const page = await open('actors')
    await page.locator('.network canvas').first().waitFor()
    await page.waitForTimeout(300)
    await shot(page, 'actors-1280')
    await page.getByRole('link', { name: 'Armenia', exact: true }).first().click()
    await page.getByText('Dealt with').waitFor()
    const text = await page.locator('main').innerText()
    expect(text).toContain('Azerbaijan')
    expect(text).toContain('Border delimitation')
    await shot(page, 'actor-armenia-1280')
    await page.close()
  })

  it('map: draws the offline basemap and the event places; a place lists its events', async () => {
    const page = await open('map')
    await page.locator('.map-box[data-ready="1"]').waitFor({ timeout: 20_000 })
    await page.getByRole('button', { name: /Washington/ }).click()
    const side = page.locator('aside.side')
    await side.locator('.event-line').first().waitFor()
    expect(await side.locator('.event-line').count()).toBe(3)
    await page.waitForTimeout(500)
    await shot(page, 'map-1280')
    await page.close()
  })

  it('reader: highlights mentions; clicking one shows the record; markup in reports stays text', async () => {
    const page = await open(`reader/${docId('leak.html')}`)
    await page.locator('.doc-text').waitFor()
    expect(await page.locator('h1').innerText()).toBe('<script>alert("title")</script> Leaked draft')
    expect(await page.locator('.doc-text').innerText()).toContain('<img src=x onerror=alert(2)>')
    expect(await page.locator('main img, main script').count()).toBe(0)
    await page.locator('mark.hl-actor', { hasText: 'Armenia' }).click()
    await page.locator('.picked').getByText('Actor:').waitFor()
    await shot(page, 'reader-hostile-1280')
    await page.goto(`${server.url}#/reader/${docId('brussels-vi.html')}`)
    await page.locator('mark.hl-trigger').first().click()
    await page.locator('.event-panel').waitFor()
    await shot(page, 'reader-vi-1280')
    await page.close()
  })

  it('reader: a non-http(s) document URL is no link, and a long unbroken source name wraps', async () => {
    // The API sends only http(s) URLs; the answer is altered here to check the page's own guard.
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } })
    const long = `reports/${'x'.repeat(300)}.html`
    await page.route('**/api/documents/*', async (route) => {
      const body = (await (await route.fetch()).json()) as Record<string, unknown>
      await route.fulfill({ json: { ...body, url: 'javascript:alert(document.domain)', source: long } })
    })
    page.on('dialog', (d) => (problems.push(`reader: a dialog opened (${d.message()})`), void d.dismiss()))
    await page.goto(`${server.url}#/reader/${docId('washington-talks.txt')}`)
    await page.locator('.doc-text').waitFor()
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0)
    expect(await page.locator('.reader-head').innerText()).toContain(long)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.route('**/api/documents/*', async (route) => {
      const body = (await (await route.fetch()).json()) as Record<string, unknown>
      await route.fulfill({ json: { ...body, url: 'https://example.org/report' } })
    })
    await page.reload()
    await page.locator('.reader-head a[href="https://example.org/report"]').waitFor()
    await page.close()
  })

  it('search finds text across languages without accents', async () => {
    const page = await open('search?q=gap%20nhau')
    await page.locator('.hits li').first().waitFor()
    expect(await page.locator('.hits blockquote').first().getAttribute('lang')).toBe('vi')
    await shot(page, 'search-1280')
    await page.close()
  })

  it('a correction made with the token shows as corrected and survives re-ingestion', async () => {
    const page = await open('corrections')
    await page.getByLabel('Token').fill(TOKEN)
    await page.getByRole('button', { name: 'Use token' }).click()
    await page.goto(`${server.url}#/event/${docId('karabakh-ru.txt')}/e1`)
    await page.getByRole('button', { name: 'Reject' }).click()
    await page.locator('.event-panel .badge.status-rejected').waitFor()
    restore(t.store, reextracted(t.analyses))
    // After re-extraction the same event is e2; the correction follows it by key.
    await page.goto(`${server.url}#/event/${docId('karabakh-ru.txt')}/e2`)
    await page.reload()
    await page.locator('.event-panel .badge.status-rejected').waitFor()
    await page.goto(`${server.url}#/corrections`)
    await page.locator('ol.history li').first().waitFor()
    await shot(page, 'corrections-1280')
    await page.goto(`${server.url}#/overview`)
    await page.getByText('Latest round').waitFor()
    expect(await page.locator('main').innerText()).toMatch(/10\s+events/)
    await page.close()
  })

  it('fits a 390 px phone screen without horizontal overflow', async () => {
    // One page, navigated by hash as a person would: faster than a page per view.
    const page = await open('overview', 390)
    for (const view of ['overview', 'timeline', 'issues', 'actors', 'map', `reader/${docId('washington-talks.txt')}`, 'search?q=talks', 'corrections']) {
      await page.evaluate((h) => (window.location.hash = h), `#/${view}`)
      await page.locator('main h1').first().waitFor()
      await page.waitForTimeout(150)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, view).toBeLessThanOrEqual(390)
      if (['overview', 'timeline', 'issues', 'map'].includes(view)) await shot(page, `${view}-390`)
    }
    await page.close()
  })

  it('logged no script errors, CSP violations or dialogs', () => {
    expect(problems).toEqual([])
  })
})
