/**
 * Build the dashboard when web/dist is missing or older than a source file
 * (or `force`), with Vite's API, so `npm start` and the browser tests need no
 * separate build step and never test a stale build.
 * Vite is a dev dependency: it is imported only when a build is needed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const WEB_ROOT = fileURLToPath(new URL('.', import.meta.url))
export const WEB_DIST = fileURLToPath(new URL('./dist/', import.meta.url))

/** The newest modification time of the dashboard's sources (web/src, index.html). */
function sourcesChanged(): number {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0)
  return Math.max(newest(join(WEB_ROOT, 'src')), statSync(join(WEB_ROOT, 'index.html')).mtimeMs)
}

export async function ensureWebBuilt(options: { force?: boolean } = {}): Promise<string> {
  const built = `${WEB_DIST}index.html`
  if (!options.force && existsSync(built) && statSync(built).mtimeMs >= sourcesChanged()) return WEB_DIST
  const { build } = await import('vite')
  await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), logLevel: 'warn' })
  return WEB_DIST
}
