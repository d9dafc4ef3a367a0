/**
 * The HTTP API and dashboard server. Takes an open store; gives a Hono app
 * (`createApp`) with the JSON API under /api (see ./openapi.ts) and the built
 * dashboard at /. The response shapes are in ./contract.ts.
 */
export { createApp, type AppOptions } from './app.js'
export { CONTENT_SECURITY_POLICY, LOOPBACK_HOSTS } from './security.js'
export type * from './contract.js'
