/**
 * `parley serve [--db FILE] [--port 8080] [--host 127.0.0.1]`: the JSON API
 * and the dashboard from one process. Read-only unless PARLEY_TOKEN is set,
 * which enables corrections (and opens the database for writing).
 */
import { serve } from '@hono/node-server'
import type { Command } from 'commander'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createApp, LOOPBACK_HOSTS } from '../../api/index.js'
import { ParleyError } from '../../core/errors.js'
import { defaultDbPath, openStore, type SqliteStore } from '../../store/index.js'

export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url))

export interface RunningServer {
  readonly url: string
  close(): Promise<void>
}

/** Put the app on a socket (port 0 picks a free one); resolves once it listens. */
export function startServer(options: { store: SqliteStore; token?: string | null; port?: number; host?: string; webRoot?: string | null }): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host)
  const app = createApp({
    store: options.store,
    token: options.token ?? null,
    webRoot: options.webRoot === undefined ? WEB_DIST : options.webRoot,
    ...(loopback ? { allowedHosts: LOOPBACK_HOSTS } : {}),
    // Rounds and the issue board are planned in the background at start, so the first visitor does not wait for them.
    warm: true,
  })
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host
      resolve({ url: `http://${shown}:${info.port}/`, close: () => new Promise((done) => server.close(() => done())) })
    })
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new ParleyError('PARLEY_USAGE', `Cannot listen on ${host}:${options.port ?? 8080}: ${error.code ?? error.message}`)))
  })
}

/** Serve until SIGINT/SIGTERM, then close the server and the store. */
export async function serveUntilStopped(store: SqliteStore, options: { token: string | null; port: number; host: string }): Promise<void> {
  const running = await startServer({ store, ...options })
  process.stdout.write(`Parley is serving ${store.path} at ${running.url}\n`)
  process.stdout.write(options.token ? 'corrections: enabled (PARLEY_TOKEN)\n' : 'corrections: disabled (set PARLEY_TOKEN to enable)\n')
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await running.close()
  store.close()
}

export function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ParleyError('PARLEY_USAGE', `Unexpected port \`${value}\`, expected 0–65535`)
  return port
}

export function registerServe(program: Command, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the HTTP JSON API and the dashboard (corrections need PARLEY_TOKEN)')
    .option('--db <file>', 'SQLite database (default ./parley.db or $PARLEY_DB)')
    .option('--port <port>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <host>', 'address to bind; only this machine by default', '127.0.0.1')
    .action(async (opts: { db?: string; port: string; host: string }) => {
      const token = process.env['PARLEY_TOKEN'] || null
      const port = parsePort(opts.port)
      const store = openStore(opts.db ?? defaultDbPath(), token ? {} : { readonly: true })
      await serveUntilStopped(store, { token, port, host: opts.host })
      setExit(0)
    })
}
