import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempStore, type TempStore } from '../../api/test-helpers.js'
import { parsePort, startServer, type RunningServer } from './serve.js'

let t: TempStore
let server: RunningServer
beforeAll(async () => {
  t = tempStore()
  server = await startServer({ store: t.store, port: 0, webRoot: null })
})
afterAll(async () => {
  await server.close()
  t.dispose()
})

describe('parley serve', () => {
  it('binds to 127.0.0.1 by default and answers over HTTP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const res = await fetch(`${server.url}api/stats`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { documents: number }).documents).toBe(6)
  })

  it('refuses another site\'s Host header (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}api/stats`, { headers: { host: 'evil.example' } }, (res) => (res.resume(), resolve(res.statusCode ?? 0)))
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(403)
    expect((await fetch(server.url.replace('127.0.0.1', 'localhost') + 'api/stats')).status).toBe(200)
  })

  it('refuses a bad port with a usage error', () => {
    expect(() => parsePort('http')).toThrow(/Unexpected port/)
    expect(() => parsePort('70000')).toThrow(/Unexpected port/)
    expect(parsePort('0')).toBe(0)
  })
})
