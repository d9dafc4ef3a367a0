/**
 * Blocks are the unit every cleaning pass works on: one paragraph (one line
 * of the cleaned text) with where it started in the raw body. Passes take
 * blocks and give blocks plus info messages about what they dropped.
 */
import type { CleanedDoc } from '../core/doc.js'
import { message, type ParleyMessage } from '../core/message.js'
import type { Furniture } from './furniture/data.js'

export interface Block {
  readonly text: string
  /** UTF-16 offset in RawDoc.body where the paragraph starts (approximate for HTML). */
  readonly rawStart: number
  /** From HTML: nearly all of the text is link text (a teaser link). */
  readonly linkOnly: boolean
  /** From HTML: a heading element (h1-h6). */
  readonly heading: boolean
}

export interface PassResult {
  readonly blocks: readonly Block[]
  readonly messages: readonly ParleyMessage[]
}

export type Pass = (blocks: readonly Block[], data: Furniture) => PassResult

export function block(text: string, rawStart: number, extra: Partial<Pick<Block, 'linkOnly' | 'heading'>> = {}): Block {
  return { text, rawStart, linkOnly: extra.linkOnly ?? false, heading: extra.heading ?? false }
}

/** Keep the blocks whose index is not in `drop`, and say what went. */
export function dropping(blocks: readonly Block[], drop: ReadonlySet<number>, ruleId: string, what: string): PassResult {
  if (drop.size === 0) return { blocks, messages: [] }
  const first = blocks[Math.min(...drop)]?.text ?? ''
  const example = first.length > 60 ? `${first.slice(0, 57)}...` : first
  const reason = `Dropped ${drop.size} ${what} line${drop.size === 1 ? '' : 's'}, first "${example}"`
  return { blocks: blocks.filter((_, i) => !drop.has(i)), messages: [message('clean', ruleId, reason, 'info')] }
}

/** The cleaned text (one paragraph a line) and each paragraph's span and raw start. */
export function assemble(blocks: readonly Block[]): Pick<CleanedDoc, 'text' | 'paragraphs'> {
  const paragraphs: CleanedDoc['paragraphs'][number][] = []
  let offset = 0
  for (const b of blocks) {
    paragraphs.push({ span: { start: offset, end: offset + b.text.length }, rawStart: b.rawStart })
    offset += b.text.length + 1
  }
  return { text: blocks.map((b) => b.text).join('\n'), paragraphs }
}
