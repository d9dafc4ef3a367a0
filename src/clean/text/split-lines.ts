/**
 * Plain text → blocks: one block per line, with the exact raw offset of the
 * line's first visible character. Every line-break convention counts
 * (CRLF, CR, LS, PS, NEL, VT, FF).
 */
import { block, type Block } from '../blocks.js'

const BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g
const LEADING = /^[\s\u200b\u2060\ufeff]*/u

export function textBlocks(body: string): Block[] {
  const out: Block[] = []
  let start = 0
  const push = (end: number): void => {
    const line = body.slice(start, end)
    const lead = LEADING.exec(line)?.[0].length ?? 0
    if (lead < line.length) out.push(block(line.slice(lead), start + lead))
  }
  for (const match of body.matchAll(BREAK)) {
    push(match.index)
    start = match.index + match[0].length
  }
  push(body.length)
  return out
}
