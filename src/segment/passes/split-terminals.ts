/**
 * Sentence ends ICU does not know: a language's extra terminals (split when
 * white space follows) and weak terminals (split only when an upper-case
 * letter follows the white space; Armenian is often typed with ":" for "։",
 * while "10:30" or a colon before a lower-case word must not split).
 */
import type { Span } from '../../core/span.js'
import { headKind, isSpace, trimSpan } from '../spans.js'
import type { Pass, PassContext } from './types.js'

const CLOSING = /[\p{Pe}\p{Pf}"'»]/u

/** Where the next sentence starts if the terminal at i ends one, else -1. */
function cutAfter(ctx: PassContext, span: Span, i: number): number {
  const { text, rules } = ctx
  const ch = text[i] ?? ''
  const strong = rules.terminals.has(ch)
  if (!strong && !rules.weakTerminals.has(ch)) return -1
  let j = i + 1
  while (j < span.end && CLOSING.test(text[j] ?? '')) j++
  if (j >= span.end || !isSpace(text[j])) return -1
  if (!strong && headKind(text, trimSpan(text, j, span.end)) !== 'upper') return -1
  return j
}

function splitSpan(ctx: PassContext, span: Span, out: Span[]): void {
  let from = span.start
  for (let i = span.start; i < span.end; i++) {
    const cut = cutAfter(ctx, span, i)
    if (cut < 0) continue
    out.push(trimSpan(ctx.text, from, cut))
    from = cut
  }
  const rest = trimSpan(ctx.text, from, span.end)
  if (rest.end > rest.start) out.push(rest)
}

export const splitTerminals: Pass = (ctx, spans) => {
  if (ctx.rules.terminals.size === 0 && ctx.rules.weakTerminals.size === 0) return [...spans]
  const out: Span[] = []
  for (const span of spans) splitSpan(ctx, span, out)
  return out
}
