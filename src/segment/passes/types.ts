/** What every pass sees: the whole text, the language's rules, and the spans of ONE line, in order. */
import type { Span } from '../../core/span.js'
import type { SegmentRules } from '../rules.js'

export interface PassContext {
  readonly text: string
  readonly rules: SegmentRules
}

/** A pass returns the line's spans again: still ordered, trimmed, non-empty and covering the same text. */
export type Pass = (ctx: PassContext, spans: readonly Span[]) => Span[]
