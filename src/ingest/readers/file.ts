/**
 * One file given by path: its extension says what it is; its size is checked
 * before anything is read (so a 100 MB page fails at once); JSONL is streamed
 * line by line and has no file-size limit, only a per-line one. Only regular
 * files are read: a FIFO named `x.txt` would block for ever and a link to
 * /dev/zero would never end.
 */
import { createReadStream, type Stats } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { failure, formatBytes, type InputItem, type Limits } from '../items.js'
import { KNOWN_EXTENSIONS, kindOfPath } from '../kinds.js'
import { itemsFromBytes } from './bytes.js'
import { jsonlFromChunks } from './jsonl.js'

const FS_REASONS: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EISDIR: 'Is a directory',
  ELOOP: 'Too many symbolic links',
  ENAMETOOLONG: 'File name too long',
  EMFILE: 'Too many open files',
  EIO: 'Input/output error',
}

/** A one-line reason for a file-system error. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code && FS_REASONS[code]) return `${FS_REASONS[code]} (${code})`
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'Unreadable') : 'Unreadable'
}

export function unreadable(source: string, error: unknown): InputItem {
  return failure(source, 'unreadable-input', `Cannot read input: ${fsReason(error)}`)
}

/** Why this is not a regular file, or null when it is. */
function specialFile(info: Stats): string | null {
  if (info.isFile()) return null
  const what = info.isFIFO() ? 'named pipe (FIFO)' : info.isCharacterDevice() || info.isBlockDevice() ? 'device file' : info.isSocket() ? 'socket' : 'special file'
  return `Unexpected ${what}, expected a regular file`
}

/** The file's bytes, reading at most maxBytes + 1 (the file may have grown since it was measured). */
async function readBounded(path: string, maxBytes: number): Promise<Buffer | null> {
  const handle = await open(path, 'r')
  try {
    const chunks: Buffer[] = []
    let size = 0
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - size))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) return Buffer.concat(chunks)
      chunks.push(chunk.subarray(0, bytesRead))
      size += bytesRead
      if (size > maxBytes) return null
    }
  } finally {
    await handle.close()
  }
}

function tooLarge(path: string, size: string, limits: Limits): InputItem {
  return failure(path, 'input-too-large', `Unexpected file of ${size}, expected at most ${formatBytes(limits.maxBytes)}`)
}

export async function* readFileInput(path: string, limits: Limits): AsyncGenerator<InputItem> {
  const kind = kindOfPath(path)
  if (kind === null) {
    yield failure(path, 'unsupported-input', `Unexpected file type, expected one of ${KNOWN_EXTENSIONS.join(' ')}`)
    return
  }
  let info: Stats
  try {
    info = await stat(path)
  } catch (error) {
    yield unreadable(path, error)
    return
  }
  const special = specialFile(info)
  if (special !== null) return yield failure(path, 'unsupported-input', special)
  if (kind === 'jsonl') return yield* streamJsonl(path, limits.maxBytes)
  if (info.size > limits.maxBytes) return yield tooLarge(path, formatBytes(info.size), limits)
  let bytes: Buffer | null
  try {
    bytes = await readBounded(path, limits.maxBytes)
  } catch (error) {
    yield unreadable(path, error)
    return
  }
  if (bytes === null) return yield tooLarge(path, `more than ${formatBytes(limits.maxBytes)}`, limits)
  yield* itemsFromBytes(bytes, { source: path, kind, url: null, transportCharset: null, maxBytes: limits.maxBytes })
}

async function* streamJsonl(path: string, maxBytes: number): AsyncGenerator<InputItem> {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 })
  try {
    yield* jsonlFromChunks(stream, path, maxBytes)
  } catch (error) {
    yield unreadable(path, error)
  } finally {
    stream.destroy()
  }
}
