/**
 * Markdown → blocks: the text lines with the markup taken off (heading
 * hashes, quote and list markers, emphasis, links and images, inline code),
 * front matter and fenced-code markers dropped. Not a full parser: news
 * exported as Markdown uses little more than this.
 */
import { block, type Block } from '../blocks.js'
import { textBlocks } from './split-lines.js'

// Note: every pattern below runs in linear time on any line: bracket, tag and
// emphasis bodies stop at their own opening mark, and spans are bounded,
// because a line of 100 000 "[a" or "**a " made the unbounded forms take minutes.
const SPAN = 1000

function stripInline(line: string): string {
  return line
    .replace(new RegExp(`!\\[[^\\[\\]]{0,${SPAN}}\\]\\([^()]{0,${SPAN}}\\)`, 'g'), '') // images
    .replace(new RegExp(`\\[([^\\[\\]]{1,${SPAN}})\\]\\([^()]{0,${SPAN}}\\)`, 'g'), '$1') // links
    .replace(new RegExp(`\\[([^\\[\\]]{1,${SPAN}})\\]\\[[^\\[\\]]{0,${SPAN}}\\]`, 'g'), '$1') // reference links
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
}

/** A closing run of heading hashes ("## Title ##"), taken off without a backtracking regex. */
function stripClosingHashes(line: string): string {
  const end = line.trimEnd()
  let i = end.length
  while (i > 0 && end[i - 1] === '#') i--
  if (i === end.length || i === 0 || !/\s/.test(end[i - 1] ?? '')) return line
  return end.slice(0, i).trimEnd()
}

function stripLine(line: string): string {
  const bare = stripClosingHashes(line.replace(/^#{1,6}\s+/, ''))
    .replace(/^(?:>\s?)+/, '')
    .replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, '')
  return stripInline(bare)
}

/** Index of the first block after a leading `---` front-matter section. */
function afterFrontMatter(blocks: readonly Block[]): number {
  if (blocks[0]?.text.trim() !== '---') return 0
  const close = blocks.findIndex((b, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(b.text))
  return close === -1 ? 0 : close + 1
}

export function markdownBlocks(body: string): Block[] {
  const lines = textBlocks(body)
  const out: Block[] = []
  for (const line of lines.slice(afterFrontMatter(lines))) {
    if (/^(?:```|~~~)/.test(line.text) || /^\s*\[[^\]]+\]:\s*\S+/.test(line.text)) continue
    if (/^(?:[-*_]\s*){3,}$/.test(line.text.trim()) || /^=+\s*$|^-+\s*$/.test(line.text.trim())) continue
    out.push(block(stripLine(line.text), line.rawStart, { heading: /^#{1,6}\s/.test(line.text) }))
  }
  return out
}
