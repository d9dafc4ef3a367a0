/**
 * The built dashboard (web/dist) served from the same process. The files are
 * listed once at start-up and a request is answered only when its path is
 * exactly one of them: no path is ever joined from request input, so `..`,
 * encoded slashes or absolute paths cannot reach outside the folder.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import type { Context } from 'hono'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // Note: maplibre's worker is an .mjs file; browsers refuse module workers served with any other type.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

function listFiles(root: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      const info = statSync(path)
      if (info.isDirectory()) walk(path)
      else if (info.isFile() && TYPES[extname(name)]) files.set('/' + relative(root, path).split(sep).join('/'), path)
    }
  }
  walk(root)
  return files
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Parley</title>
<p>The dashboard is not built. Run <code>npm run build:web</code>, then restart <code>parley serve</code>. The JSON API is at <a href="/api/stats">/api/stats</a>.</p>`

/** A handler for GET requests outside /api; `root` may be missing (then a page says how to build it). */
export function staticFiles(root: string | null): (c: Context) => Response {
  let files = new Map<string, string>()
  try {
    if (root) files = listFiles(root)
  } catch {
    files = new Map()
  }
  return (c) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path
    const file = files.get(path)
    if (!file) {
      if (path === '/index.html') return c.html(NOT_BUILT, 200)
      return c.text('Not found', 404)
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    c.header('Content-Type', type)
    // Vite fingerprints everything under assets/, so those never change.
    c.header('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
    return c.body(readFileSync(file))
  }
}
