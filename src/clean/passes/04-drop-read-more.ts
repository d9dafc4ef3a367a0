/**
 * Pass 4: "read more" lead-ins and teaser-list headings that are still left
 * (inside the report). "Read more: <title>" goes as a line; a lead-in or a
 * list heading alone on its line goes together with the run of title-like
 * lines under it, up to the next line of prose.
 */
import { dropping, type Block, type PassResult } from '../blocks.js'
import { isListHeading, readMoreForm } from '../furniture/cues.js'
import type { Furniture } from '../furniture/data.js'
import { classify } from './line-shape.js'

export function dropReadMore(blocks: readonly Block[], data: Furniture): PassResult {
  const classes = classify(blocks, data)
  const drop = new Set<number>()
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]?.text ?? ''
    const form = readMoreForm(text, data)
    if (form === 'inline' || form === 'trailing') drop.add(i)
    if (form !== 'alone' && !isListHeading(text, data)) continue
    drop.add(i)
    while (i + 1 < blocks.length && classes[i + 1] !== 'prose') drop.add(++i)
  }
  return dropping(blocks, drop, 'read-more-dropped', 'read-more')
}
