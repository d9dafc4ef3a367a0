/**
 * Write access: corrections need `Authorization: Bearer <PARLEY_TOKEN>`.
 * No token configured → corrections are disabled (403); no or malformed
 * header → 401; wrong token → 403. Tokens are compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { ParleyError } from '../core/errors.js'
import { HttpError } from './errors.js'

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest()

export function requireToken(token: string | null): MiddlewareHandler {
  const expected = token ? digest(token) : null
  return async (c, next) => {
    if (!expected) throw new HttpError(403, 'Corrections are disabled: start the server with PARLEY_TOKEN set')
    const header = c.req.header('authorization') ?? ''
    const match = /^Bearer\s+(\S+)$/i.exec(header)
    if (!match?.[1]) {
      c.header('WWW-Authenticate', 'Bearer realm="parley"')
      throw new ParleyError('PARLEY_AUTH', 'Missing bearer token: send Authorization: Bearer <PARLEY_TOKEN>')
    }
    if (!timingSafeEqual(digest(match[1]), expected)) throw new HttpError(403, 'Wrong token')
    await next()
  }
}
