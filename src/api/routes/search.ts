/** GET /api/search?q=: sentences in every language, folded (case, diacritics, đ/ə/ı), with paging and total. */
import { Hono } from 'hono'
import { toMatchExpression } from '../../store/search.js'
import { searchCount, searchSentences } from '../../store/queries.js'
import type { Page, SearchHitView } from '../contract.js'
import type { ApiContext } from '../context.js'
import { SearchQuery, parseInput } from '../schemas.js'

export function searchRoutes(ctx: ApiContext): Hono {
  const app = new Hono()
  app.get('/search', (c) => {
    const q = parseInput(SearchQuery, c.req.query())
    const match = toMatchExpression(q.q)
    if (!match) return c.json({ total: 0, limit: q.limit, offset: q.offset, items: [] } satisfies Page<SearchHitView>)
    // Note: language is filtered after ranking, so paging counts only stay exact without it.
    const hits = searchSentences(ctx.db, q.q, q.language ? 500 : q.limit, q.language ? 0 : q.offset)
    const filtered = q.language ? hits.filter((h) => h.language === q.language) : hits
    const items = (q.language ? filtered.slice(q.offset, q.offset + q.limit) : filtered).map(
      (h): SearchHitView => ({ doc: h.doc_id, idx: h.idx, start: h.start, end: h.end, text: h.text, language: h.language, title: h.title }),
    )
    const total = q.language ? filtered.length : searchCount(ctx.db, match)
    return c.json({ total, limit: q.limit, offset: q.offset, items } satisfies Page<SearchHitView>)
  })
  return app
}
