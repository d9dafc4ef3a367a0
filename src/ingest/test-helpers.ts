/** Shared helpers for the ingest tests (not used by the stage itself). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InputItem } from './items.js'

export async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = []
  for await (const item of items) out.push(item)
  return out
}

export interface TempDir {
  readonly dir: string
  write(name: string, content: string | Uint8Array): string
  remove(): void
}

export function tempDir(): TempDir {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'))
  return {
    dir,
    write(name, content) {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Encode text in a single-byte legacy encoding (windows-1251, iso-8859-9...):
 * Node has no such encoder, so invert TextDecoder's table of the 256 bytes.
 */
export function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding)
  const table = new Map<string, number>()
  for (let byte = 255; byte >= 0; byte--) table.set(decoder.decode(Uint8Array.of(byte)), byte)
  return Uint8Array.from([...text].map((ch) => {
    const byte = table.get(ch)
    if (byte === undefined) throw new Error(`${ch} has no byte in ${encoding}`)
    return byte
  }))
}

export function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le')
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body
}

export function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le')
  const be = Buffer.alloc(le.length)
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0
    be[i + 1] = le[i] ?? 0
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be])
}
