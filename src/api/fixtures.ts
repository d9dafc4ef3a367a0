/**
 * Test fixtures for the API and the dashboard's browser tests: hand-built
 * Analysis objects (our own sentences about public facts of the
 * Armenia–Azerbaijan talks), as the pipeline would give them, so the API and
 * the views can be tested before every extraction stage has landed.
 *
 * `sampleAnalyses()` gives six documents in en, vi, ru and fr with actors,
 * places, dates, events (CONSULT rounds in Washington, Brussels and Berlin,
 * an ASSAULT in Karabakh, accusations, requests) and positions, plus one
 * report whose title and text contain markup that must be shown as text.
 */
import type {
  ActorMention, ActorRef, ActorType, Analysis, DateMention, EventRecord, Place, PlaceMention, PloverType, PositionRecord, Sentence, Stance,
} from '../core/doc.js'
import { docIdFor } from '../core/ids.js'
import type { Quote } from '../core/span.js'

export type Actor = ActorRef & { readonly type: ActorType; readonly name: string }
export const actor = (id: string, name: string, type: ActorType, country = id): Actor => ({ id, name, type, country, sector: type === 'person' ? 'GOV' : null })

export const ACTORS = {
  ARM: actor('ARM', 'Armenia', 'state'),
  AZE: actor('AZE', 'Azerbaijan', 'state'),
  USA: actor('USA', 'United States', 'state'),
  EU: actor('EU', 'European Union', 'organisation'),
  DEU: actor('DEU', 'Germany', 'state'),
  mirzoyan: actor('ararat-mirzoyan', 'Ararat Mirzoyan', 'person', 'ARM'),
  bayramov: actor('jeyhun-bayramov', 'Jeyhun Bayramov', 'person', 'AZE'),
  blinken: actor('antony-blinken', 'Antony Blinken', 'person', 'USA'),
  pashinyan: actor('nikol-pashinyan', 'Nikol Pashinyan', 'person', 'ARM'),
  aliyev: actor('ilham-aliyev', 'Ilham Aliyev', 'person', 'AZE'),
  michel: actor('charles-michel', 'Charles Michel', 'person', 'EU'),
} as const

const PLACES = {
  washington: { id: 'washington', name: 'Washington', country: 'USA', lat: 38.9072, lon: -77.0369, type: 'capital' },
  brussels: { id: 'brussels', name: 'Brussels', country: 'BEL', lat: 50.8503, lon: 4.3517, type: 'capital' },
  berlin: { id: 'berlin', name: 'Berlin', country: 'DEU', lat: 52.52, lon: 13.405, type: 'capital' },
  karabakh: { id: 'karabakh', name: 'Karabakh', country: 'AZE', lat: 39.82, lon: 46.75, type: 'region' },
} as const
type PlaceKey = keyof typeof PLACES
/** A place of one's own (the hostile-content tests give places hostile names). */
export type FixturePlace = Place & { readonly country: string; readonly lat: number; readonly lon: number }
const placeOf = (p: PlaceKey | FixturePlace): FixturePlace => (typeof p === 'string' ? PLACES[p] : p)

const ref = (a: Actor): ActorRef => ({ id: a.id, country: a.country, sector: a.sector })

/** Builds one document: annotations name their surface text; offsets are found, never typed by hand. */
export class DocBuilder {
  readonly actors: ActorMention[] = []
  readonly places: PlaceMention[] = []
  readonly dates: DateMention[] = []
  readonly events: EventRecord[] = []
  readonly positions: PositionRecord[] = []
  readonly sentences: Sentence[]

  constructor(readonly text: string) {
    this.sentences = [...text.matchAll(/[^.!?\n]+[.!?]?/g)]
      .map((m) => ({ start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].trimEnd().length }))
      .filter((s) => s.end > s.start)
      .map((s, index) => ({ ...s, index }))
  }

  quote(surface: string, after = 0): Quote {
    const start = this.text.indexOf(surface, after)
    if (start < 0) throw new Error(`fixture: "${surface}" not in text`)
    return { start, end: start + surface.length, text: surface }
  }

  sentenceOf(q: Quote): Sentence {
    const s = this.sentences.find((x) => x.start <= q.start && q.end <= x.end)
    if (!s) throw new Error(`fixture: "${q.text}" crosses sentences`)
    return s
  }

  /** `context`, when given, is a longer phrase the mention starts (for words that also occur earlier). */
  actor(surface: string, a: Actor, context?: string): this {
    const q = this.quote(surface, context ? this.text.indexOf(context) : 0)
    const via: ActorMention['via'] = 'name'
    this.actors.push({ kind: 'actor', ...q, actor: a, via, sentence: this.sentenceOf(q).index })
    return this
  }

  place(surface: string, key: PlaceKey | FixturePlace): this {
    const q = this.quote(surface)
    this.places.push({ kind: 'place', ...q, place: placeOf(key), sentence: this.sentenceOf(q).index })
    return this
  }

  date(surface: string, value: string): this {
    const q = this.quote(surface)
    const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year'
    this.dates.push({ kind: 'date', ...q, date: { value, precision }, until: null, relative: false, flags: [], sentence: this.sentenceOf(q).index })
    return this
  }

  event(trigger: string, type: PloverType, roles: { source?: Actor[]; target?: Actor[]; mediators?: Actor[] }, extra: Partial<EventRecord> & { at?: PlaceKey | FixturePlace; on?: string } = {}): this {
    const t = this.quote(trigger)
    const s = this.sentenceOf(t)
    const { at, on, ...rest } = extra
    const place = at ? placeOf(at) : null
    this.events.push({
      id: `e${this.events.length + 1}`, type, mode: null,
      source: (roles.source ?? []).map(ref), target: (roles.target ?? []).map(ref), mediators: (roles.mediators ?? []).map(ref),
      date: on ? { value: on, precision: on.length === 10 ? 'day' : on.length === 7 ? 'month' : 'year', basis: 'sentence' } : null,
      location: place ? { name: place.name, country: place.country, lat: place.lat, lon: place.lon } : null,
      negated: false, future: false, attributed_to: null,
      evidence: { start: s.start, end: s.end, text: this.text.slice(s.start, s.end) }, sentence: s.index, trigger: t,
      ...rest,
    })
    return this
  }

  position(surface: string, issue: string, party: Actor, stance: Stance, summary: string, date: string | null): this {
    const q = this.quote(surface)
    const s = this.sentenceOf(q)
    this.positions.push({
      issue, party: ref(party), stance, summary, date: date ? { value: date, precision: date.length === 10 ? 'day' : 'month' } : null,
      evidence: { start: s.start, end: s.end, text: this.text.slice(s.start, s.end) }, sentence: s.index,
    })
    return this
  }

  build(meta: { source: string; title: string | null; language: string; published: string | null; url?: string }): Analysis {
    const published = meta.published
      ? { value: meta.published, precision: meta.published.length === 10 ? ('day' as const) : ('month' as const), inferred: false }
      : null
    return {
      id: docIdFor(this.text), source: meta.source, url: meta.url ?? null, title: meta.title, language: meta.language, published,
      text: this.text, sentences: this.sentences, actors: this.actors, places: this.places, dates: this.dates,
      events: this.events, positions: this.positions, profile: 'armenia-azerbaijan', messages: [],
    }
  }
}

export function sampleAnalyses(): Analysis[] {
  const { ARM, AZE, USA, EU, DEU, mirzoyan, bayramov, blinken, pashinyan, aliyev, michel } = ACTORS
  const washington = new DocBuilder(
    'Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held talks in Washington on 1 May 2023. ' +
      'US Secretary of State Antony Blinken hosted the meeting.\nBoth sides agreed to continue negotiations on a peace treaty. ' +
      'Armenia proposed using the 1975 Soviet maps for border delimitation.',
  )
    .actor('Ararat Mirzoyan', mirzoyan).actor('Jeyhun Bayramov', bayramov).actor('Antony Blinken', blinken).actor('Armenia', ARM, 'Armenia proposed')
    .place('Washington', 'washington').date('1 May 2023', '2023-05-01')
    .event('held talks', 'CONSULT', { source: [mirzoyan, bayramov], mediators: [blinken] }, { at: 'washington', on: '2023-05-01', mode: 'third-party' })
    .event('agreed', 'AGREE', { source: [ARM, AZE] }, { at: 'washington', on: '2023-05-01' })
    .position('proposed using the 1975 Soviet maps', 'border-delimitation', ARM, 'propose', 'use the 1975 Soviet maps', '2023-05-01')
    .build({ source: 'washington-talks.txt', title: 'Foreign ministers meet in Washington', language: 'en', published: '2023-05-04', url: 'https://example.org/washington' })

  const brussels = new DocBuilder(
    'Thủ tướng Armenia Nikol Pashinyan và Tổng thống Azerbaijan Ilham Aliyev đã gặp nhau tại Brussels ngày 15/7/2023. ' +
      'Chủ tịch Hội đồng châu Âu Charles Michel làm trung gian. Azerbaijan yêu cầu Armenia sửa đổi hiến pháp.',
  )
    .actor('Nikol Pashinyan', pashinyan).actor('Ilham Aliyev', aliyev).actor('Hội đồng châu Âu', EU).actor('Charles Michel', michel)
    .place('Brussels', 'brussels').date('15/7/2023', '2023-07-15')
    .event('gặp nhau', 'CONSULT', { source: [pashinyan, aliyev], mediators: [michel] }, { at: 'brussels', on: '2023-07-15', mode: 'third-party' })
    .event('yêu cầu', 'REQUEST', { source: [AZE], target: [ARM] }, { on: '2023-07-16', mode: 'change' })
    .position('yêu cầu Armenia sửa đổi hiến pháp', 'constitution', AZE, 'demand', 'Armenia must change its constitution', '2023-07-16')
    .build({ source: 'brussels-vi.html', title: 'Lãnh đạo Armenia và Azerbaijan gặp nhau tại Brussels', language: 'vi', published: '2023-07-16' })

  const karabakh = new DocBuilder(
    'Азербайджан начал военную операцию в Карабахе 19 сентября 2023 года. Армения обвинила Азербайджан в нападении на мирных жителей.',
  )
    .actor('Азербайджан', AZE).actor('Армения', ARM).place('Карабахе', 'karabakh').date('19 сентября 2023 года', '2023-09-19')
    .event('начал военную операцию', 'ASSAULT', { source: [AZE] }, { at: 'karabakh', on: '2023-09-19', mode: 'heavy-weapons' })
    .event('обвинила', 'ACCUSE', { source: [ARM], target: [AZE] }, { on: '2023-09-20', mode: 'allege' })
    .build({ source: 'karabakh-ru.txt', title: 'Операция в Карабахе', language: 'ru', published: '2023-09-20' })

  const berlin = new DocBuilder(
    'Mirzoyan and Bayramov met in Berlin on 28 February 2024, with German Chancellor Olaf Scholz as host. ' +
      'Azerbaijan rejected an international mechanism for the Karabakh Armenians. ' +
      'Armenia accepted mutual recognition of territorial integrity.',
  )
    .actor('Mirzoyan', mirzoyan).actor('Bayramov', bayramov).actor('German', DEU).actor('Azerbaijan', AZE).actor('Armenia', ARM, 'Armenia accepted')
    .place('Berlin', 'berlin').date('28 February 2024', '2024-02-28')
    .event('met', 'CONSULT', { source: [mirzoyan, bayramov], mediators: [DEU] }, { at: 'berlin', on: '2024-02-28', mode: 'third-party' })
    .event('rejected', 'REJECT', { source: [AZE] }, { at: 'berlin', on: '2024-02-28', mode: 'yield' })
    .position('rejected an international mechanism', 'karabakh-armenians', AZE, 'reject', 'no international mechanism', '2024-02-28')
    .position('accepted mutual recognition', 'territorial-integrity', ARM, 'accept', 'mutual recognition of territorial integrity', '2024-02-28')
    .build({ source: 'berlin-talks.txt', title: 'Talks resume in Berlin', language: 'en', published: '2024-02-29' })

  const paris = new DocBuilder(
    "L'Arménie et l'Azerbaïdjan ont signé une déclaration commune à Washington le 8 août 2025. Les États-Unis ont salué un pas vers la paix.",
  )
    .actor("L'Arménie", ARM).actor("l'Azerbaïdjan", AZE).actor('Les États-Unis', USA).place('Washington', 'washington').date('8 août 2025', '2025-08-08')
    .event('ont signé', 'SUPPORT', { source: [ARM, AZE] }, { at: 'washington', on: '2025-08-08' })
    .event('ont salué', 'SUPPORT', { source: [USA], target: [ARM, AZE] }, { on: '2025-08-08' })
    .position('ont signé une déclaration commune', 'peace-treaty', ARM, 'accept', 'sign the joint declaration', '2025-08-08')
    .build({ source: 'declaration-fr.txt', title: 'Déclaration commune à Washington', language: 'fr', published: '2025-08-09' })

  const hostile = new DocBuilder(
    'Reporters saw <script>alert(1)</script> and <img src=x onerror=alert(2)> in a leaked draft. Armenia criticised Azerbaijan over the draft.',
  )
    .actor('Armenia', ARM).actor('Azerbaijan', AZE)
    .event('criticised', 'ACCUSE', { source: [ARM], target: [AZE] }, { mode: 'disapprove' })
    .build({ source: 'leak.html', title: '<script>alert("title")</script> Leaked draft', language: 'en', published: null })

  return [washington, brussels, karabakh, berlin, paris, hostile]
}

/** The same analyses as a re-extraction might give them: event ids renumbered, positions reversed. */
export function reextracted(analyses: readonly Analysis[]): Analysis[] {
  return analyses.map((a) => ({
    ...a,
    events: [...a.events].reverse().map((e, i) => ({ ...e, id: `e${i + 1}` })),
    positions: [...a.positions].reverse(),
  }))
}
