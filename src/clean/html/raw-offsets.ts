/**
 * Where each extracted paragraph starts in the raw HTML, for the document
 * viewer only: the DOM keeps no source positions, so the paragraph's opening
 * words are searched for in the markup, moving forward from the previous hit.
 * When markup or entities hide them, the previous position is kept.
 */

function probes(text: string): string[] {
  const trimmed = text.trim()
  const firstWords = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*){0,2}/u.exec(trimmed)?.[0]
  const firstWord = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]{2,}/u.exec(trimmed)?.[0]
  return [trimmed.slice(0, 40), firstWords, firstWord].filter((p): p is string => !!p && p.length >= 3)
}

export function locateBlocks(raw: string, texts: readonly string[]): number[] {
  const body = raw.search(/<body[\s>]/i)
  let cursor = body === -1 ? 0 : body
  return texts.map((text) => {
    for (const probe of probes(text)) {
      const at = raw.indexOf(probe, cursor)
      if (at !== -1) {
        cursor = at
        return at
      }
    }
    return cursor
  })
}
