/**
 * Diagnostics that travel with a document (after vfile-message): a bad input
 * becomes a fatal message on *that* input and the batch goes on.
 */
import type { Span } from './span.js'

export type Severity = 'info' | 'warning' | 'fatal'

export interface ParleyMessage {
  /** One line, "Unexpected X, expected Y" where it fits. */
  readonly reason: string
  /** The stage that found it: 'ingest', 'clean', 'dates', ... */
  readonly source: string
  /** Stable id, listed in docs/messages.md: 'empty-input', 'binary-input', ... */
  readonly ruleId: string
  readonly severity: Severity
  readonly span?: Span
}

export function message(
  source: string,
  ruleId: string,
  reason: string,
  severity: Severity = 'warning',
  span?: Span,
): ParleyMessage {
  return span ? { source, ruleId, reason, severity, span } : { source, ruleId, reason, severity }
}
