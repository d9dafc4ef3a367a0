/**
 * Pass 2: drop lines that are page furniture by themselves: font-size
 * widgets, share and print bars, newsletter prompts, "Discussion" footers,
 * advertisement labels, copyright lines, tag lists (cue data in
 * src/languages/<iso>/furniture.yaml).
 */
import { dropping, type Block, type PassResult } from '../blocks.js'
import { isFurnitureLine } from '../furniture/cues.js'
import type { Furniture } from '../furniture/data.js'

export function dropFurnitureLines(blocks: readonly Block[], data: Furniture): PassResult {
  const drop = new Set<number>()
  blocks.forEach((b, i) => {
    if (isFurnitureLine(b.text, data)) drop.add(i)
  })
  return dropping(blocks, drop, 'furniture-dropped', 'furniture')
}
