/**
 * Markdown → blocks: the text lines with the markup taken off (heading
 * hashes, quote and list markers, emphasis, links and images, inline code),
 * front matter and fenced-code markers dropped. Not a full parser: news
 * exported as Markdown uses little more than this.
 */
import { block, type Block } from '../blocks.js'
import { textBlocks } from './split-lines.js'

function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/<\/?[a-z][^>]*>/gi, '')
}

function stripLine(line: string): string {
  const bare = line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
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
