/**
 * One file given by path: its extension says what it is; its size is checked
 * before anything is read (so a 100 MB page fails at once); JSONL is streamed
 * line by line and has no file-size limit, only a per-line one.
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
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

export async function* readFileInput(path: string, limits: Limits): AsyncGenerator<InputItem> {
  const kind = kindOfPath(path)
  if (kind === null) {
    yield failure(path, 'unsupported-input', `Unexpected file type, expected one of ${KNOWN_EXTENSIONS.join(' ')}`)
    return
  }
  let size: number
  try {
    size = (await stat(path)).size
  } catch (error) {
    yield unreadable(path, error)
    return
  }
  if (kind === 'jsonl') {
    yield* streamJsonl(path, limits.maxBytes)
    return
  }
  if (size > limits.maxBytes) {
    yield failure(path, 'input-too-large', `Unexpected file of ${formatBytes(size)}, expected at most ${formatBytes(limits.maxBytes)}`)
    return
  }
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    yield unreadable(path, error)
    return
  }
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
