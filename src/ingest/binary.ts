/**
 * Is this input binary rather than text? Magic numbers of the usual suspects,
 * NUL bytes (unless the bytes are UTF-16), and, once decoded, text made mostly
 * of control characters.
 */

const MAGIC: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'WebP/RIFF data', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or DOCX/XLSX/EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'GZIP archive', bytes: [0x1f, 0x8b] },
  { name: 'BZIP2 archive', bytes: [0x42, 0x5a, 0x68] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'XZ archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'OLE2 document (DOC/XLS)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b)
}

/**
 * UTF-16 without a BOM shows as NUL in every other byte. Returns the byte order
 * when at least 40% of the even (BE) or odd (LE) bytes of the sample are NUL
 * and almost none of the others.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const half = n / 2
  if (oddNul >= 0.4 * half && evenNul <= 0.02 * half) return 'utf-16le'
  if (evenNul >= 0.4 * half && oddNul <= 0.02 * half) return 'utf-16be'
  return null
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])
}

/** Why these bytes are binary, or null when they may be text. */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) {
    if (startsWith(bytes, magic.bytes)) return `Unexpected ${magic.name}, expected text, HTML, a feed or JSONL`
  }
  if (hasUtf16Bom(bytes) || utf16WithoutBom(bytes) !== null) return null
  const sample = bytes.subarray(0, 64 * 1024)
  if (sample.includes(0)) return 'Unexpected NUL bytes, expected text (is this a binary file?)'
  return null
}

/** Share of control characters (other than tab, line breaks) and U+FFFD in decoded text. */
export function controlRatio(text: string): number {
  const sample = text.slice(0, 64 * 1024)
  if (sample.length === 0) return 0
  const bad = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0
  return bad / sample.length
}

export function mostlyControl(text: string): boolean {
  return controlRatio(text) > 0.1
}

/** Whitespace, BOMs and zero-width characters only. */
export function isBlank(text: string): boolean {
  return /^[\s\u200b-\u200d\u2060\ufeff]*$/u.test(text)
}
