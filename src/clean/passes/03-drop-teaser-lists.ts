/**
 * Pass 3: drop teaser lists, the runs of other articles' titles that pages
 * put after (or around) the report. A general heuristic, not tied to a site:
 *
 * - A run is a stretch of headline-like or teaser lines; one prose line is
 *   allowed inside when teaser lines sit on both sides of it (a teaser
 *   snippet that happens to end with a full stop).
 * - A run that reaches the end of the document goes when it has at least two
 *   teaser signs and three lines in all (a title repeated on two lines is one
 *   sign), or when it
 *   is three or more plain title lines of which most share no content word
 *   with the report (unrelated headlines).
 * - A run elsewhere goes when it has at least three teaser signs and teaser
 *   lines make up most of it.
 */
import { fold } from '../../core/fold.js'
import { dropping, type Block, type PassResult } from '../blocks.js'
import type { Furniture } from '../furniture/data.js'
import { classify, teaserish, type LineClass } from './line-shape.js'

interface Run {
  readonly start: number
  /** Exclusive. */
  readonly end: number
  readonly teasers: number
  readonly headlines: number
  readonly repeats: number
}

function sandwiched(classes: readonly LineClass[], i: number): boolean {
  return teaserish(classes[i - 1]) && teaserish(classes[i + 1])
}

/** Maximal runs of non-prose lines (with sandwiched prose), in document order. */
export function findRuns(classes: readonly LineClass[]): Run[] {
  const runs: Run[] = []
  let i = 0
  while (i < classes.length) {
    if (classes[i] === 'prose') {
      i++
      continue
    }
    const start = i
    let teasers = 0
    let headlines = 0
    let repeats = 0
    while (i < classes.length && (classes[i] !== 'prose' || sandwiched(classes, i))) {
      if (classes[i] === 'teaser') teasers++
      else if (classes[i] === 'headline') headlines++
      else if (classes[i] === 'repeat') repeats++
      i++
    }
    runs.push({ start, end: i, teasers, headlines, repeats })
  }
  return runs
}

function contentWords(text: string): string[] {
  return (fold(text).match(/[\p{L}]{4,}/gu) ?? [])
}

/** Share of the run's lines that have two or more content words and none in common with the rest. */
function unrelatedShare(blocks: readonly Block[], run: Run): number {
  const vocabulary = new Set(blocks.filter((_, i) => i < run.start || i >= run.end).flatMap((b) => contentWords(b.text)))
  let judged = 0
  let unrelated = 0
  for (const b of blocks.slice(run.start, run.end)) {
    const own = contentWords(b.text)
    if (own.length < 2) continue
    judged++
    if (!own.some((w) => vocabulary.has(w))) unrelated++
  }
  return judged === 0 ? 0 : unrelated / (run.end - run.start)
}

function isTeaserList(blocks: readonly Block[], run: Run): boolean {
  const length = run.end - run.start
  if (run.end === blocks.length) {
    if (run.teasers >= 2 && run.teasers + run.headlines >= 3) return true
    return run.headlines >= 3 && run.teasers === 0 && unrelatedShare(blocks, run) >= 2 / 3
  }
  return run.teasers >= 3 && (run.teasers + run.repeats) / length >= 0.6
}

export function dropTeaserLists(blocks: readonly Block[], data: Furniture): PassResult {
  const classes = classify(blocks, data)
  const drop = new Set<number>()
  for (const run of findRuns(classes)) {
    // Never leave a document with nothing but a teaser list: that is the report itself.
    if (run.start === 0 && run.end === blocks.length) continue
    if (!isTeaserList(blocks, run)) continue
    for (let i = run.start; i < run.end; i++) drop.add(i)
  }
  return dropping(blocks, drop, 'teaser-list-dropped', 'teaser-list')
}
