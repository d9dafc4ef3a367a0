/**
 * JSON Lines: one article a line, `{"text"|"html": ..., "url"?, "title"?,
 * "published"?, "language"?}`. Read line by line from a byte stream so that a
 * huge file never sits in memory; a bad line is a failure item
 * `file.jsonl:LINE` and the rest goes on. A line longer than maxBytes is
 * skipped (its bytes are dropped as they arrive) with 'input-too-large'; a
 * file whose first bytes are binary is refused whole.
 */
import { z } from 'zod'
import { failure, formatBytes, rawDoc, success, type InputItem } from '../items.js'
import { binaryReason, isBlank } from '../binary.js'

const Line = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    published: z.string().nullish(),
    language: z.string().nullish(),
  })
  .refine((line) => line.text !== undefined || line.html !== undefined, { message: 'needs a "text" or "html" string' })

const NEWLINE = 0x0a

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'does not match the schema'
  const path = issue.path.length > 0 ? `"${issue.path.join('.')}" ` : ''
  return `${path}${issue.message}`
}

/** One decoded line → an item (or nothing for a blank line). */
export function itemFromLine(line: string, source: string): InputItem | null {
  const trimmed = line.replace(/^\ufeff/, '').trim()
  if (trimmed === '') return null
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : 'invalid JSON'
    return failure(source, 'malformed-jsonl-line', `Unexpected invalid JSON (${why}), expected one JSON object per line`)
  }
  const parsed = Line.safeParse(value)
  if (!parsed.success) {
    return failure(source, 'malformed-jsonl-line', `Unexpected line shape: ${describeIssue(parsed.error)}, expected {"text" or "html", "url"?, "title"?, "published"?, "language"?}`)
  }
  const { text, html, url, title, published, language } = parsed.data
  const useText = text !== undefined && !isBlank(text)
  const body = useText ? text : (html ?? '')
  if (isBlank(body)) return failure(source, 'empty-input', 'Unexpected empty "text"/"html" field, expected some text')
  const format = useText ? 'text' : 'html'
  return success(rawDoc({ source, format, body, url: url ?? null, title: title ?? null, published: published ?? null, language: language ?? null, encoding: 'utf-8' }))
}

function decodeLine(parts: readonly Uint8Array[], lineNo: number, source: string): InputItem | null {
  const where = `${source}:${lineNo}`
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(parts))
    return itemFromLine(text, where)
  } catch {
    return failure(where, 'malformed-jsonl-line', 'Unexpected bytes that are not UTF-8, expected a UTF-8 JSON line')
  }
}

interface SplitLine {
  readonly lineNo: number
  /** The bytes of the line, or null when it was longer than the limit. */
  readonly parts: Uint8Array[] | null
}

/** Splits a byte stream into lines, holding at most maxBytes of one line. */
class LineSplitter {
  private parts: Uint8Array[] = []
  private size = 0
  private overflow = false
  private lineNo = 0
  constructor(private readonly maxBytes: number) {}

  /** Feed a chunk; returns the complete lines (parts `null` for an overlong one). */
  push(chunk: Uint8Array): SplitLine[] {
    const done: SplitLine[] = []
    let from = 0
    for (let nl = chunk.indexOf(NEWLINE, from); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      this.add(chunk.subarray(from, nl))
      done.push(this.take())
      from = nl + 1
    }
    this.add(chunk.subarray(from))
    return done
  }

  /** The last line when the stream does not end with a newline. */
  end(): SplitLine | undefined {
    return this.size > 0 || this.overflow ? this.take() : undefined
  }

  private add(piece: Uint8Array): void {
    if (piece.length === 0 || this.overflow) return
    this.size += piece.length
    if (this.size > this.maxBytes) {
      this.overflow = true
      this.parts = []
    } else this.parts.push(piece)
  }

  private take(): SplitLine {
    this.lineNo++
    const line = { lineNo: this.lineNo, parts: this.overflow ? null : this.parts }
    this.parts = []
    this.size = 0
    this.overflow = false
    return line
  }
}

function itemFor({ parts, lineNo }: SplitLine, source: string, maxBytes: number): InputItem | null {
  if (parts === null) return failure(`${source}:${lineNo}`, 'input-too-large', `Unexpected JSONL line over ${formatBytes(maxBytes)}, expected smaller lines`)
  return decodeLine(parts, lineNo, source)
}

export async function* jsonlFromChunks(chunks: AsyncIterable<Uint8Array>, source: string, maxBytes: number): AsyncGenerator<InputItem> {
  const splitter = new LineSplitter(maxBytes)
  let any = false
  let first = true
  for await (const chunk of chunks) {
    // A binary file named .jsonl is one failure, not one per "line" of bytes.
    const binary = first ? binaryReason(chunk) : null
    if (binary !== null) return yield failure(source, 'binary-input', binary)
    first = false
    for (const line of splitter.push(chunk)) {
      const item = itemFor(line, source, maxBytes)
      if (item) yield item
      any ||= item !== null
    }
  }
  const last = splitter.end()
  const item = last === undefined ? null : itemFor(last, source, maxBytes)
  if (item) yield item
  if (!any && !item) yield failure(source, 'empty-input', 'Unexpected JSONL file without any line, expected one JSON object per line')
}

/** JSONL already decoded (a fetched body). */
export function* jsonlFromText(text: string, source: string, maxBytes: number): Generator<InputItem> {
  let any = false
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const where = `${source}:${index + 1}`
    const item = line.length > maxBytes
      ? failure(where, 'input-too-large', `Unexpected JSONL line over ${formatBytes(maxBytes)}, expected smaller lines`)
      : itemFromLine(line, where)
    if (item) yield item
    any ||= item !== null
  }
  if (!any) yield failure(source, 'empty-input', 'Unexpected JSONL input without any line, expected one JSON object per line')
}
