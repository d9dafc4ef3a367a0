/**
 * The document URL Parley keeps: only an absolute http(s) URL. A page's
 * canonical link, a feed item's link or a JSONL "url" may be `javascript:`,
 * `data:` or `file:`; such a value would become a link in every view of the
 * report, so it is dropped here (with a message) rather than escaped later.
 */
const MAX_URL_CHARS = 4096

export function safeUrl(url: string | null): string | null {
  if (url === null) return null
  const trimmed = url.trim()
  if (trimmed === '' || trimmed.length > MAX_URL_CHARS) return null
  try {
    const parsed = new URL(trimmed)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? trimmed : null
  } catch {
    return null
  }
}
