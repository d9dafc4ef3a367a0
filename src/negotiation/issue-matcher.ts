/**
 * Agenda issue cues of a profile, compiled per document language: every
 * concept's terms for that language plus its 'any' terms. A language the
 * profile has no terms for gets every language's terms (names of treaties,
 * places and acronyms often cross languages).
 */
import { lexiconFor } from './lexicon.js'
import { CueMatcher, type Hit } from './patterns.js'
import type { Profile } from './profiles.js'
import type { Token } from './tokens.js'

export interface IssueTag {
  readonly issue: string
  readonly gloss: string
  readonly weak: boolean
}

export type IssueHit = Hit<IssueTag>

const cache = new WeakMap<Profile, Map<string, CueMatcher<IssueTag>>>()

function hasLanguage(profile: Profile, language: string): boolean {
  return profile.data.issues.some((i) => i.concepts.some((c) => (c.terms[language]?.length ?? 0) > 0))
}

export function issueMatcher(profile: Profile, language: string): CueMatcher<IssueTag> {
  let perLanguage = cache.get(profile)
  if (!perLanguage) cache.set(profile, (perLanguage = new Map()))
  const cached = perLanguage.get(language)
  if (cached) return cached
  const all = !hasLanguage(profile, language)
  const entries: [string, IssueTag][] = []
  for (const issue of profile.data.issues) {
    for (const c of issue.concepts) {
      const tag = { issue: issue.id, gloss: c.gloss, weak: c.weak }
      const lists = all ? Object.values(c.terms) : [c.terms[language] ?? [], c.terms['any'] ?? []]
      for (const list of lists) for (const term of list) entries.push([term, tag])
    }
  }
  const { folding, settings } = lexiconFor(language)
  const matcher = new CueMatcher(entries, folding, settings.gap)
  perLanguage.set(language, matcher)
  return matcher
}

/** Issue cue hits in a token sequence, longest first where they overlap. */
export function findIssueHits(profile: Profile, language: string, tokens: readonly Token[]): IssueHit[] {
  return issueMatcher(profile, language).match(tokens)
}

/** Keep strong hits when there are any; weak concepts ("talks", "border") count only alone. */
export function preferStrong(hits: readonly IssueHit[]): IssueHit[] {
  const strong = hits.filter((h) => !h.value.weak)
  return strong.length > 0 ? strong : [...hits]
}

/** Issue ids of a free text (an AGREE event's quote, for round outcomes). */
export function issuesOfText(profile: Profile, language: string, tokens: readonly Token[]): string[] {
  return [...new Set(preferStrong(findIssueHits(profile, language, tokens)).map((h) => h.value.issue))]
}
