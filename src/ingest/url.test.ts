import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readInputs } from './index.js'
import type { InputItem } from './items.js'
import { collect, encodeSingleByte } from './test-helpers.js'

const PAGE_RU = '<html lang="ru"><head><title>Переговоры</title></head><body><p>Министры обсудили проект мирного договора в Вашингтоне.</p></body></html>'
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><language>de</language>
<item><title>Grenzkommission tagt</title><link>https://zeitung.example/1</link><description>Die Kommissionen trafen sich erneut.</description></item></channel></rss>`

type Handler = (req: IncomingMessage, res: ServerResponse) => void
const routes: Record<string, Handler> = {
  '/page': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' })
    res.end(encodeSingleByte(PAGE_RU, 'windows-1251'))
  },
  '/feed': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/xml' }) // generic type: sniffed as a feed
    res.end(FEED)
  },
  '/moved': (_req, res) => {
    res.writeHead(301, { location: '/page' })
    res.end()
  },
  '/loop': (_req, res) => {
    res.writeHead(302, { location: '/loop' })
    res.end()
  },
  '/to-file': (_req, res) => {
    res.writeHead(302, { location: 'file:///etc/passwd' })
    res.end()
  },
  '/slow': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.write('<p>first bytes')
    // never ends: the client must give up at its timeout
  },
  '/missing': (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('no such page')
  },
  '/big': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }) // no Content-Length: checked while streaming
    const chunk = Buffer.alloc(64 * 1024, 0x61)
    let sent = 0
    const pump = (): void => {
      while (sent < 4 * 1024 * 1024 && res.write(chunk)) sent += chunk.length
      if (sent < 4 * 1024 * 1024) res.once('drain', pump)
      else res.end()
    }
    pump()
  },
  '/image': (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' })
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))
  },
}

let server: Server
let base = ''
beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/missing'])?.(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

async function one(path: string, options = {}): Promise<InputItem> {
  const items = await collect(readInputs([`${base}${path}`], options))
  expect(items).toHaveLength(1)
  return items[0] as InputItem
}

describe('URLs', () => {
  it('fetches a page and decodes it with the HTTP charset', async () => {
    const item = await one('/page')
    expect(item).toMatchObject({ ok: true, raw: { format: 'html', encoding: 'windows-1251', url: `${base}/page` } })
    expect(item.ok && item.raw.body).toContain('Министры обсудили')
  })

  it('sniffs a feed served as text/xml and yields its items', async () => {
    const item = await one('/feed')
    expect(item).toMatchObject({ ok: true, raw: { source: `${base}/feed#1`, url: 'https://zeitung.example/1', title: 'Grenzkommission tagt', language: 'de' } })
  })

  it('follows a redirect and records the final URL', async () => {
    expect(await one('/moved')).toMatchObject({ ok: true, raw: { source: `${base}/moved`, url: `${base}/page` } })
  })

  it('stops a redirect loop after maxRedirects', async () => {
    const item = await one('/loop')
    expect(item).toMatchObject({ ok: false, ruleId: 'fetch-failed', reason: expect.stringMatching(/Too many redirects \(more than 5\)/) })
  })

  it('never follows a redirect to file:', async () => {
    expect(await one('/to-file')).toMatchObject({ ok: false, ruleId: 'fetch-failed', reason: expect.stringMatching(/file: refused/) })
  })

  it('gives up on a slow response at the timeout', async () => {
    expect(await one('/slow', { timeoutMs: 300 })).toMatchObject({ ok: false, ruleId: 'fetch-failed', reason: expect.stringMatching(/Timed out after 300 ms/) })
  })

  it('reports HTTP errors', async () => {
    expect(await one('/missing')).toMatchObject({ ok: false, ruleId: 'fetch-failed', reason: expect.stringMatching(/HTTP 404/) })
  })

  it('stops reading a body as soon as it passes maxBytes', async () => {
    expect(await one('/big', { maxBytes: 256 * 1024 })).toMatchObject({ ok: false, ruleId: 'input-too-large' })
  })

  it('refuses binary content', async () => {
    expect(await one('/image')).toMatchObject({ ok: false, ruleId: 'binary-input' })
  })

  it('reports a refused connection as fetch-failed', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const items = await collect(readInputs([`http://127.0.0.1:${port}/x`]))
    expect(items).toEqual([expect.objectContaining({ ok: false, ruleId: 'fetch-failed', reason: expect.stringMatching(/ECONNREFUSED/) })])
  })
})
