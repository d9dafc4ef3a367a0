/**
 * INGEST: what the user gave (paths of files and folders, http(s) URLs) →
 * one InputItem per document: a RawDoc decoded to Unicode, or a failure with a
 * stable ruleId and a one-line reason. Never throws for a bad input.
 *
 *   .txt/.md → text/markdown   .html/.htm → html   .xml/.rss/.atom → one
 *   RawDoc per feed item (`path#n`)   .jsonl → one per line (`path:LINE`)
 *   folders → their files, recursively, sorted   URLs → fetched (feed or page)
 */
import { stat } from 'node:fs/promises'
import { failure, limitsFrom, type InputItem, type Limits, type ReadOptions } from './items.js'
import { KNOWN_EXTENSIONS } from './kinds.js'
import { readFileInput, unreadable } from './readers/file.js'
import { listFolder } from './readers/folder.js'
import { isHttpUrl, isOtherScheme, readUrl } from './readers/url.js'

export type { InputItem, ReadOptions } from './items.js'

async function* readFolder(dir: string, limits: Limits): AsyncGenerator<InputItem> {
  const { files, errors } = await listFolder(dir)
  for (const { path, error } of errors) yield unreadable(path, error)
  if (files.length === 0 && errors.length === 0) {
    yield failure(dir, 'unreadable-input', `Unexpected folder without readable files, expected ${KNOWN_EXTENSIONS.join(' ')} files`)
  }
  for (const file of files) yield* readFileInput(file, limits)
}

async function* readOne(input: string, limits: Limits): AsyncGenerator<InputItem> {
  if (isHttpUrl(input)) return yield* readUrl(input, limits)
  if (isOtherScheme(input)) {
    yield failure(input, 'unsupported-input', 'Unexpected URL scheme, expected a path or an http(s) URL')
    return
  }
  let isDir: boolean
  try {
    isDir = (await stat(input)).isDirectory()
  } catch (error) {
    yield unreadable(input, error)
    return
  }
  yield* isDir ? readFolder(input, limits) : readFileInput(input, limits)
}

export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const limits = limitsFrom(options)
  for (const input of inputs) yield* readOne(input, limits)
}
