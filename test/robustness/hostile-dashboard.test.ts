/**
 * Hostile content in every dashboard view (Chromium, as in web/e2e): one
 * report whose title, source, URL, text, actor name, place name, position
 * summary and correction note carry <script>, <img onerror>, <svg onload>,
 * <iframe>, javascript: and data: payloads. In each view: no dialog opens,
 * no payload runs (it would set window.__pwned), no payload element or
 * javascript:/data: link exists, the CSP reports nothing, and the payload is
 * on screen as literal text. Screenshots go to test-output/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EventView, Page as ApiPage } from '../../src/api/contract.js'
import { ACTORS, actor, DocBuilder, sampleAnalyses, type FixturePlace } from '../../src/api/fixtures.js'
import { tempStore, type TempStore } from '../../src/api/test-helpers.js'
import { startServer, type RunningServer } from '../../src/cli/commands/serve.js'
import type { Analysis } from '../../src/core/doc.js'
import { ensureWebBuilt } from '../../web/build.js'

const CHROMIUM = '/usr/bin/chromium'
const SHOTS = new URL('../../test-output/screenshots/', import.meta.url)
const TOKEN = 'hostile-token'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** Each payload, if it ever ran, would open a dialog and set window.__pwned. No dots: the fixture splits sentences at them. */
const run = (tag: string) => `alert('${tag}');window['__pwned']='${tag}'`
const P = {
  title: `<script>${run('title')}</script> Annex <img src=x onerror="${run('title-img')}">`,
  source: `annex"><img src=x onerror="${run('source')}">-html`,
  actor: `Envoy <img src=x onerror="${run('actor')}">`,
  place: `Nowhere <svg onload="${run('place')}"></svg>`,
  summary: `<script>${run('summary')}</script> a clause`,
  note: `<iframe src="javascript:${run('note')}"></iframe> checked`,
  patch: `<img src=x onerror="${run('patch')}">`,
  url: `javascript:${run('url')}`,
}
const TEXT =
  `Delegates quoted <script>${run('text')}</script> from the leaked annex. ` +
  `Envoy met Armenia and Azerbaijan in Nowhere on 1 September 2025 and mediated the talks. ` +
  `Envoy shelled positions near the border, according to a note reading <img src=x onerror="${run('quote')}">! ` +
  `Armenia proposed a clause reading <svg onload="${run('svg')}"></svg> and <a href="javascript:${run('link')}">this link</a>! ` +
  `The annex pointed to data:text/html,<script>${run('data')}</script> as its source.`

function hostileAnalysis(): Analysis {
  const envoy = actor('hostile-envoy', P.actor, 'person', 'ARM')
  const nowhere: FixturePlace = { id: 'nowhere', name: P.place, country: 'ARM', lat: 40.2, lon: 44.5, type: 'city' }
  const { ARM, AZE } = ACTORS
  return new DocBuilder(TEXT)
    .actor('Envoy', envoy, 'Envoy met').actor('Armenia', ARM, 'Armenia and Azerbaijan in').actor('Azerbaijan', AZE, 'Azerbaijan in Nowhere')
    .place('Nowhere', nowhere).date('1 September 2025', '2025-09-01')
    .event('met', 'CONSULT', { source: [ARM, AZE], mediators: [envoy] }, { at: nowhere, on: '2025-09-01', mode: 'third-party' })
    .event('shelled', 'ASSAULT', { source: [envoy] }, { at: nowhere, on: '2025-09-02', mode: 'heavy-weapons' })
    .position('proposed a clause', 'peace-treaty', ARM, 'propose', P.summary, '2025-09-03')
    .build({ source: P.source, title: P.title, language: 'en', published: '2025-09-04', url: P.url })
}

let t: TempStore
let server: RunningServer
let browser: Browser
let hostile: Analysis
const problems: string[] = []

beforeAll(async () => {
  const dist = await ensureWebBuilt()
  mkdirSync(SHOTS, { recursive: true })
  hostile = hostileAnalysis()
  t = tempStore([...sampleAnalyses(), hostile])
  server = await startServer({ store: t.store, token: TOKEN, port: 0, host: '127.0.0.1', webRoot: dist })
  // A correction whose note and edited place are payloads too.
  const events = (await (await fetch(`${server.url}api/events?doc=${hostile.id}`)).json()) as ApiPage<EventView>
  const consult = events.items.find((e) => e.type === 'CONSULT')!
  const posted = await fetch(`${server.url}api/corrections`, {
    method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'event', doc: hostile.id, key: consult.key, action: 'edit', patch: { location: P.patch }, note: P.note }),
  })
  expect(posted.status).toBe(201)
  if (existsSync(CHROMIUM)) browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  t?.dispose()
})

/** The little of the browser's globals used in page.evaluate (this project's types have no DOM). */
interface Browserish {
  readonly __pwned?: string
  readonly location: { hash: string }
  readonly document: {
    querySelector(selector: string): { readonly innerText: string; append(node: unknown): void } | null
    createElement(tag: string): { innerHTML: string }
  }
}

let page: Page
async function openView(hash: string): Promise<void> {
  if (!page) {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('dialog', (d) => {
      problems.push(`dialog "${d.message()}"`)
      void d.dismiss()
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error' && /Refused to|Content Security Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`)
    })
    const res = await page.goto(server.url)
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'/)
  }
  await page.evaluate((h) => ((globalThis as unknown as Browserish).location.hash = h), `#/${hash}`)
}

/** The checks every view must pass, once its content (containing `literal`) is on screen. */
async function expectInert(view: string, literals: readonly string[]): Promise<void> {
  const main = page.locator('main')
  await page.waitForFunction((wanted) => {
    const text = (globalThis as unknown as Browserish).document.querySelector('main')?.innerText ?? ''
    return wanted.every((w) => text.includes(w))
  }, literals, { timeout: 20_000 }).catch(async () => {
    throw new Error(`${view}: not all of ${JSON.stringify(literals)} in ${JSON.stringify((await main.innerText()).slice(0, 3000))}`)
  })
  await page.waitForTimeout(200) // let an onerror/onload fire, if one could
  const pwned = await page.evaluate(() => (globalThis as unknown as Browserish).__pwned)
  expect(pwned, view).toBeUndefined()
  const injected = await page.locator('main [onerror], main [onload], main iframe, main script, main img[src="x"], main embed, main object').count()
  expect(injected, view).toBe(0)
  const links = await page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]').count()
  expect(links, view).toBe(0)
  expect(problems, view).toEqual([])
  await page.screenshot({ path: new URL(`hostile-${view.replace(/\W+/g, '-')}.png`, SHOTS).pathname, fullPage: true })
}

describe.skipIf(!existsSync(CHROMIUM))('hostile content in the dashboard', () => {
  it('the API drops the javascript: URL and keeps the markup as text', async () => {
    const doc = (await (await fetch(`${server.url}api/documents/${hostile.id}`)).json()) as { url: string | null; title: string; text: string }
    expect(doc.url).toBeNull()
    expect(doc.title).toBe(P.title)
    expect(doc.text).toBe(TEXT)
  })

  it.each([
    ['overview', 'overview', [P.place, P.actor]],
    ['timeline', 'timeline', [P.actor]],
    ['issues', 'issues', [P.summary]],
    ['actors', 'actors', [P.actor]],
    ['actor page', 'actors/hostile-envoy', [P.actor]],
    ['party page', 'actors/ARM', [P.summary]],
    ['map', 'map', [P.place]],
    ['reader', `reader/${'{id}'}`, [P.title, '<script>', '<img src=x onerror=', P.source]],
    ['search', 'search?q=annex', ['<script>', 'data:text/html,']],
    ['event page', `event/${'{id}'}/e1`, [P.patch, P.actor, 'Envoy met Armenia']],
    ['corrections', 'corrections', [P.note]],
    ['documents', 'documents', [P.title]],
  ])('%s shows every payload as text and runs none', async (view, hash, literals) => {
    await openView(hash.replace('{id}', hostile.id))
    await expectInert(view, literals)
  })

  it('opening the hostile records does not run them either', async () => {
    await openView('issues')
    await page.getByRole('link', { name: /Armenia on Peace treaty/i }).first().click()
    await expectInert('issues: position history', ['Armenia proposed a clause reading <svg onload='])
    await openView(`reader/${hostile.id}`)
    await page.locator('mark.hl-actor', { hasText: 'Envoy' }).first().click()
    await expectInert('reader: picked actor', [P.actor])
    await openView('map')
    await page.getByRole('button', { name: /Nowhere/ }).first().click()
    await expectInert('map: place events', [P.place])
  })

  it('would notice an injection: the checks themselves work', async () => {
    await openView('overview')
    await page.locator('main').getByText('Latest round').waitFor()
    // Markup put into the page on purpose, as a broken view would: CSP blocks its handler, the checks see the element.
    await page.evaluate(() => {
      const { document } = globalThis as unknown as Browserish
      const div = document.createElement('div')
      div.innerHTML = '<img src=x onerror="window.__pwned=1">'
      document.querySelector('main')?.append(div)
    })
    await page.waitForTimeout(300)
    expect(await page.locator('main [onerror]').count()).toBe(1)
    expect(await page.evaluate(() => (globalThis as unknown as Browserish).__pwned)).toBeUndefined()
    expect(problems.some((p) => p.startsWith('CSP:'))).toBe(true)
    problems.length = 0
  })
})
