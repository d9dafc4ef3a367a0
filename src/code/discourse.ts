/**
 * What carries over from one sentence to the next: who the text is about
 * (for pronouns and subjectless clauses), the states the last sentence named
 * (for "the two leaders"), the last explicit source of a report ("according
 * to Azerbaijani media" covers the incident told in the next sentences of the
 * paragraph), and the last places (a wounded soldier "in the shelling" is at
 * the checkpoint named just before).
 */
import type { ActorRef, EventLocation, EventRecord, PloverType } from '../core/doc.js'
import type { DocView, SentenceView } from './context.js'
import { refsOf, roleOf } from './groups.js'
import { sentenceSpeaker, speechWithoutSpeaker } from './speaker.js'

export type Draft = Omit<EventRecord, 'id'> & {
  readonly segmentKey: string
  readonly triggerAt: number
  readonly fromText: boolean
}

/** Hostile acts whose report stays the claim of whoever reported them, sentence after sentence. */
const CLAIMED: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN'])
const FAMILY: Record<PloverType, 'talks' | 'force'> = {
  AGREE: 'talks', CONSULT: 'talks', SUPPORT: 'talks', CONCEDE: 'talks', COOPERATE: 'talks', AID: 'talks', RETREAT: 'force',
  REQUEST: 'talks', ACCUSE: 'talks', REJECT: 'talks', THREATEN: 'force', PROTEST: 'force', SANCTION: 'talks',
  MOBILIZE: 'force', COERCE: 'force', ASSAULT: 'force',
}

export class Discourse {
  topic: readonly ActorRef[] = []
  pair: readonly ActorRef[] = []
  private according: ActorRef | null = null
  private places: readonly Draft[] = []
  private previous: SentenceView | null = null
  /** Whether a quotation is open at the end of the last sentence, and who opened it. */
  private quoteOpen = false
  private quoteSpeaker: readonly ActorRef[] = []
  private lastSpeaker: readonly ActorRef[] = []

  constructor(
    private readonly doc: DocView,
    /** Where the document's acts of force happen when a sentence does not say. */
    private readonly region: EventLocation | null = null,
  ) {}

  /** Called before a sentence is coded: a new paragraph forgets the last report's source. */
  enter(s: SentenceView): void {
    const prev = this.previous
    if (prev && this.doc.text.slice(prev.sentence.end, s.sentence.start).includes('\n')) this.according = null
  }

  /**
   * Who speaks in this sentence when it is a quotation: one still open from
   * before, or one opening right after a sentence that introduced it
   * ("The ministry said: «…»", "Il a déclaré. « … »").
   */
  quotingFor(s: SentenceView): readonly ActorRef[] {
    if (this.quoteOpen) return this.quoteSpeaker
    const opens = /^[“«"„]/.test(this.doc.text.slice(s.sentence.start, s.sentence.end).trimStart())
    return opens ? this.lastSpeaker : []
  }

  private trackQuotes(s: SentenceView): void {
    const said = sentenceSpeaker(s)
    this.lastSpeaker = said
    if (said.length > 0) this.quoteSpeaker = said
    // (by code unit, without a copy of the sentence: the marks are single units, and no half of a pair is one)
    const text = this.doc.text
    for (let i = s.sentence.start; i < s.sentence.end; i++) {
      const ch = text.charCodeAt(i)
      if (ch === 0x201c || ch === 0xab || ch === 0x201e) this.quoteOpen = true // “ « „
      else if (ch === 0x201d || ch === 0xbb) this.quoteOpen = false // ” »
      else if (ch === 0x22) this.quoteOpen = !this.quoteOpen // "
    }
    if (!this.quoteOpen) this.quoteSpeaker = []
  }

  /** Fill what the sentence itself did not say from the sentences before it. */
  complete(s: SentenceView, d: Draft): Draft {
    let out = d
    if (!out.location) {
      const same = this.places.find((p) => p.location && FAMILY[p.type] === FAMILY[d.type])
      if (same?.location) out = { ...out, location: same.location as EventLocation }
      else if (FAMILY[d.type] === 'force' && this.region) out = { ...out, location: this.region }
    }
    if (!out.attributed_to && this.according) {
      const claim = CLAIMED.has(d.type) && !d.source.some((r) => r.country === this.according?.country)
      const unnamed = speechWithoutSpeaker(s)
      if (claim || unnamed) out = { ...out, attributed_to: this.according }
    }
    return out
  }

  /** Called after a sentence is coded. */
  leave(s: SentenceView, drafts: readonly Draft[], according: ActorRef | null): void {
    const coded = drafts.find((d) => d.fromText && d.source.length > 0)
    const plain = s.groups.filter((g) => roleOf(g) === 'plain')
    if (coded) this.topic = coded.source
    else if (plain[0]) this.topic = refsOf(plain[0].mentions)
    const named = refsOf(plain.flatMap((g) => g.mentions))
    if (named.length >= 2) this.pair = named.slice(0, 2)
    if (according) this.according = according
    this.places = drafts.filter((d) => d.location)
    this.previous = s
    this.trackQuotes(s)
  }
}
