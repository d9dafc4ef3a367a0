/**
 * The common path of a file or a fetched body once its bytes are in memory:
 * refuse binary, decode, refuse empty, then hand feeds to the feed reader,
 * JSONL to the JSONL reader, and everything else over as one RawDoc.
 */
import { binaryReason, isBlank, mostlyControl } from '../binary.js'
import { decodeBytes, type Decoded } from '../decode.js'
import { failure, rawDoc, success, type InputItem } from '../items.js'
import type { InputKind } from '../kinds.js'
import { feedItems } from './feed.js'
import { jsonlFromText } from './jsonl.js'

export interface BytesContext {
  readonly source: string
  readonly kind: InputKind
  /** The URL the bytes came from (after redirects), or null for files. */
  readonly url: string | null
  /** charset of the HTTP Content-Type, if any. */
  readonly transportCharset: string | null
  /** Largest JSONL line, in bytes. */
  readonly maxBytes: number
}

/** Decode, or say why these bytes are not usable text. */
function decodeOrFail(bytes: Uint8Array, ctx: BytesContext): Decoded | InputItem {
  const { source } = ctx
  if (bytes.length === 0) return failure(source, 'empty-input', 'Unexpected empty input (0 bytes), expected some text')
  const binary = binaryReason(bytes)
  if (binary !== null) return failure(source, 'binary-input', binary)
  const markup = ctx.kind === 'html' || ctx.kind === 'feed'
  const decoded = decodeBytes(bytes, { markup, transportCharset: ctx.transportCharset })
  if (isBlank(decoded.text)) return failure(source, 'empty-input', 'Unexpected whitespace-only input, expected some text')
  if (mostlyControl(decoded.text)) {
    return failure(source, 'binary-input', `Unexpected control characters (decoded as ${decoded.encoding}), expected text`)
  }
  return decoded
}

export function* itemsFromBytes(bytes: Uint8Array, ctx: BytesContext): Generator<InputItem> {
  const decoded = decodeOrFail(bytes, ctx)
  if ('ok' in decoded) {
    yield decoded
    return
  }
  const { text, encoding } = decoded
  if (ctx.kind === 'feed') yield* feedItems(text, { source: ctx.source, encoding, url: ctx.url })
  else if (ctx.kind === 'jsonl') yield* jsonlFromText(text, ctx.source, ctx.maxBytes)
  else yield success(rawDoc({ source: ctx.source, format: ctx.kind, body: text, url: ctx.url, encoding }))
}
