/**
 * GET /api/corrections (the history, newest first) and POST /api/corrections
 * (confirm, reject or edit an event or a position; needs the bearer token).
 * The record must exist: a correction is checked against the current
 * extraction when it is made, and re-applied by key after re-extraction.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { CorrectionInput } from '../../app/corrections.js'
import { addCorrection, listCorrections, listEvents, listPositions } from '../../store/queries.js'
import type { CorrectionView, EventView, Page, PositionView } from '../contract.js'
import type { ApiContext } from '../context.js'
import { requireToken } from '../auth.js'
import { HttpError, notFound } from '../errors.js'
import { CorrectionQuery, parseInput } from '../schemas.js'
import { correctionView, eventView, positionView } from '../views.js'

export function correctionRoutes(ctx: ApiContext): Hono {
  const app = new Hono()
  app.get('/corrections', (c) => {
    const q = parseInput(CorrectionQuery, c.req.query())
    const { total, rows } = listCorrections(ctx.db, { ...(q.doc ? { doc: q.doc } : {}), ...(q.kind ? { kind: q.kind } : {}) }, q)
    return c.json({ total, limit: q.limit, offset: q.offset, items: rows.map(correctionView) } satisfies Page<CorrectionView>)
  })
  app.post('/corrections', bodyLimit({ maxSize: 32 * 1024, onError: () => { throw new HttpError(413, 'Request body too large') } }), requireToken(ctx.token), async (c) => {
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      throw new HttpError(415, 'Unexpected content type: expected application/json')
    }
    const input = parseInput(CorrectionInput, await c.req.json(), 'body')
    const find = () => (input.kind === 'event' ? currentEvent(ctx, input.doc, input.key) : currentPosition(ctx, input.doc, input.key))
    if (!find()) throw notFound(`${input.kind} ${input.key} in document ${input.doc}`)
    const correction = addCorrection(ctx.db, input, ctx.now())
    return c.json({ correction: correctionView(correction), record: find() }, 201)
  })
  return app
}

function currentEvent(ctx: ApiContext, doc: string, key: string): EventView | undefined {
  const labels = ctx.labels()
  return listEvents(ctx.db, { doc, status: 'all' }, { limit: 100_000, offset: 0 }).rows.map((r) => eventView(r, labels)).find((e) => e.key === key)
}

function currentPosition(ctx: ApiContext, doc: string, key: string): PositionView | undefined {
  const labels = ctx.labels()
  return listPositions(ctx.db, { doc, includeRejected: true }).map((p) => positionView(p, labels)).find((p) => p.key === key)
}
