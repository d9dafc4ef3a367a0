/** Search: sentences in every language; accents and case do not matter ("dam phan" finds "đàm phán"). */
import { useEffect, useState, type FormEvent } from 'react'
import type { Page, SearchHitView, Stats } from '../../../src/api/contract.js'
import { qs, useApi } from '../api.js'
import { Empty, ErrorBox, LangBadge, Loading, Pager } from '../components/ui.js'
import { language, plural } from '../format.js'
import { go, href, type Route } from '../router.js'
import { useStats } from '../stats.js'

const LIMIT = 25

export default function Search({ route }: { route: Route }) {
  const q = route.params.get('q') ?? ''
  const lang = route.params.get('language') ?? ''
  const offset = Number(route.params.get('offset') ?? 0) || 0
  const [draft, setDraft] = useState(q)
  useEffect(() => setDraft(q), [q])
  const stats: Stats | null = useStats()
  const { data, error, loading } = useApi<Page<SearchHitView>>(q ? `search${qs({ q, language: lang, limit: LIMIT, offset })}` : null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    go('search', [], { q: draft.trim(), language: lang })
  }
  return (
    <div className="narrow">
      <h1 className="page-title">Search</h1>
      <form className="search-form" role="search" onSubmit={submit}>
        <label className="grow">Words <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="e.g. peace treaty, đàm phán, переговоры" autoFocus /></label>
        <label>Language
          <select value={lang} onChange={(e) => go('search', [], { q: draft.trim(), language: e.target.value })}>
            <option value="">All</option>
            {Object.keys(stats?.languages ?? {}).map((l) => <option key={l} value={l}>{language(l)}</option>)}
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      {!q ? <p className="muted">Words are matched in every language, with or without accents; a word also matches longer words it begins.</p> : null}
      {error ? <ErrorBox error={error} /> : null}
      {q && loading ? <Loading /> : null}
      {data && data.total === 0 ? <Empty><p>Nothing found for “{q}”.</p></Empty> : null}
      {data && data.total > 0 ? (
        <section className="panel">
          <p className="muted small">{plural(data.total, 'sentence')}</p>
          <ol className="hits">
            {data.items.map((h) => (
              <li key={`${h.doc}/${h.idx}`}>
                <blockquote lang={h.language}>{h.text}</blockquote>
                <p className="small"><LangBadge code={h.language} /> <a href={href('reader', [h.doc], { hl: `${h.start}-${h.end}` })}>{h.title ?? 'Untitled report'}</a></p>
              </li>
            ))}
          </ol>
          <Pager total={data.total} limit={LIMIT} offset={offset} onPage={(o) => go('search', [], { q, language: lang, offset: o })} />
        </section>
      ) : null}
    </div>
  )
}
