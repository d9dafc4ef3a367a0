/**
 * Cut a document's text into pieces at every span boundary, so overlapping
 * highlights (an actor inside an event's evidence) each keep their records.
 * Pure and offset-exact: the pieces concatenate back to the text.
 */
export interface Mark {
  readonly start: number
  readonly end: number
  readonly kind: 'actor' | 'place' | 'date' | 'trigger' | 'evidence' | 'focus'
  readonly ref: string
}

export interface Piece {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly marks: readonly Mark[]
}

export function pieces(text: string, marks: readonly Mark[], from = 0, to = text.length): Piece[] {
  const inside = marks.filter((m) => m.start < to && m.end > from && m.end > m.start)
  const cuts = new Set([from, to])
  for (const m of inside) {
    cuts.add(Math.max(from, m.start))
    cuts.add(Math.min(to, m.end))
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: Piece[] = []
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i]!
    const end = sorted[i + 1]!
    out.push({ start, end, text: text.slice(start, end), marks: inside.filter((m) => m.start <= start && m.end >= end) })
  }
  return out
}

/** Paragraph spans ('\n'-separated) of the text. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let start = 0
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length })
    start += line.length + 1
  }
  return out.filter((p) => p.end > p.start)
}
