/** Documents: every stored report, newest first, opening in the reader. */
import type { DocumentMeta, Page } from '../../../src/api/contract.js'
import { qs, useApi } from '../api.js'
import { Empty, ErrorBox, LangBadge, Loading, Pager } from '../components/ui.js'
import { formatDate, plural } from '../format.js'
import { go, href, type Route } from '../router.js'

const LIMIT = 50

export default function Documents({ route }: { route: Route }) {
  const offset = Number(route.params.get('offset') ?? 0) || 0
  const language = route.params.get('language')
  const { data, error } = useApi<Page<DocumentMeta>>(`documents${qs({ limit: LIMIT, offset, language })}`)
  if (error) return <ErrorBox error={error} />
  if (!data) return <Loading />
  if (data.total === 0) return <Empty><h1>Documents</h1><p>No documents stored yet.</p></Empty>
  return (
    <div>
      <h1 className="page-title">Documents <span className="muted small">{plural(data.total, 'report')}</span></h1>
      <section className="panel scroll-x">
        <table className="docs">
          <thead><tr><th scope="col">Published</th><th scope="col">Lang</th><th scope="col">Title</th><th scope="col">Events</th></tr></thead>
          <tbody>
            {data.items.map((d) => (
              <tr key={d.id}>
                <td className="nowrap">{formatDate(d.published)}</td>
                <td><LangBadge code={d.language} /></td>
                <td><a href={href('reader', [d.id])}>{d.title ?? d.source}</a><div className="muted small">{d.source}{d.version > 1 ? ` · version ${d.version}` : ''}</div></td>
                <td>{d.events > 0 ? <a href={href('timeline', [], { q: null, doc: d.id })}>{d.events}</a> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager total={data.total} limit={LIMIT} offset={offset} onPage={(o) => go('documents', [], { offset: o, language })} />
      </section>
    </div>
  )
}
