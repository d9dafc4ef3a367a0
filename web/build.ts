/**
 * Build the dashboard when web/dist is missing (or `force`), with Vite's API,
 * so `npm start` and the browser tests need no separate build step.
 * Vite is a dev dependency: it is imported only when a build is needed.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const WEB_ROOT = fileURLToPath(new URL('.', import.meta.url))
export const WEB_DIST = fileURLToPath(new URL('./dist/', import.meta.url))

export async function ensureWebBuilt(options: { force?: boolean } = {}): Promise<string> {
  if (!options.force && existsSync(`${WEB_DIST}index.html`)) return WEB_DIST
  const { build } = await import('vite')
  await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), logLevel: 'warn' })
  return WEB_DIST
}
