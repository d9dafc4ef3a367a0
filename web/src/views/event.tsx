/** #/event/:doc/:id — one event on its own page (linked from everywhere). */
import { EventPanel } from '../components/event-panel.js'
import { Empty } from '../components/ui.js'
import type { Route } from '../router.js'
import { useReloadStats } from '../stats.js'

export default function EventPage({ route }: { route: Route }) {
  const [doc, id] = route.parts
  const reload = useReloadStats()
  if (!doc || !id) return <Empty><p>No event selected.</p></Empty>
  return (
    <div className="narrow">
      <p><a href="#/timeline">← Timeline</a></p>
      <section className="panel"><EventPanel doc={doc} id={id} onChanged={reload} /></section>
    </div>
  )
}
