/**
 * Bytes → Unicode. Order of evidence: a byte-order mark; the HTTP charset
 * (for URLs, it wins over the document, as WHATWG says); the document's own
 * declaration (`<meta charset>`, http-equiv, the XML prolog) unless the bytes
 * contradict it; valid UTF-8;
 * chardet's guess; windows-1252. Decoding uses the built-in TextDecoder (full
 * ICU: windows-125x, iso-8859-x, koi8-r...).
 */
import chardet from 'chardet'
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer'
import { utf16WithoutBom } from './binary.js'

export interface Decoded {
  readonly text: string
  /** WHATWG name of the encoding used, e.g. 'utf-8', 'windows-1251'. */
  readonly encoding: string
}

export interface DecodeHints {
  /** 'markup' sniffs `<meta charset>` and the XML prolog; 'plain' does not. */
  readonly markup: boolean
  /** charset parameter of an HTTP Content-Type, if any. */
  readonly transportCharset?: string | null
}

/** The WHATWG encoding name for a label, or null when TextDecoder does not know it. */
export function encodingForLabel(label: string | null | undefined): string | null {
  if (!label) return null
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    return null
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** The encoding the markup declares, or null when it declares none. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const sniffer = new Sniffer({ maxBytes: 8192 })
  sniffer.write(bytes.subarray(0, 8192))
  if (sniffer.resultType === ResultType.DEFAULT) return null
  return encodingForLabel(sniffer.encoding)
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** chardet's best candidate that TextDecoder can decode (never UTF-8: that was tried). */
function guessedEncoding(bytes: Uint8Array): string | null {
  for (const candidate of chardet.analyse(bytes.subarray(0, 256 * 1024))) {
    const encoding = encodingForLabel(candidate.name)
    if (encoding !== null && encoding !== 'utf-8') return encoding
  }
  return null
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80)
}

/**
 * The declared encoding, unless the bytes contradict it: templates often
 * declare UTF-8 over legacy bytes, or a legacy charset over UTF-8 (and valid
 * multi-byte UTF-8 is practically never legacy text). null = decide from the bytes.
 */
function declaredFits(declared: string, bytes: Uint8Array): string | null {
  if (declared === 'utf-8') return isValidUtf8(bytes) ? declared : null
  if (!declared.startsWith('utf-16') && hasNonAscii(bytes) && isValidUtf8(bytes)) return 'utf-8'
  return declared
}

/** Pick the encoding, following the order in the header comment. */
export function chooseEncoding(bytes: Uint8Array, hints: DecodeHints): string {
  const bom = bomEncoding(bytes)
  if (bom !== null) return bom
  const transport = encodingForLabel(hints.transportCharset)
  const declared = transport ?? (hints.markup ? declaredEncoding(bytes) : null)
  if (declared !== null) {
    const fits = declaredFits(declared, bytes)
    if (fits !== null) return fits
  }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16 !== null) return utf16
  if (isValidUtf8(bytes)) return 'utf-8'
  return guessedEncoding(bytes) ?? 'windows-1252'
}

export function decodeBytes(bytes: Uint8Array, hints: DecodeHints): Decoded {
  const encoding = chooseEncoding(bytes, hints)
  // TextDecoder drops a BOM that matches the encoding; ignoreBOM stays false for that.
  const text = new TextDecoder(encoding).decode(bytes)
  return { text, encoding }
}
