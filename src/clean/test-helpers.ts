/** Shared helpers for the clean tests (not used by the stage itself). */
import type { RawDoc } from '../core/doc.js'

export function textDoc(body: string, extra: Partial<RawDoc> = {}): RawDoc {
  return { source: 'test.txt', format: 'text', body, url: null, title: null, published: null, language: null, encoding: 'utf-8', ...extra }
}

export function htmlDoc(body: string, extra: Partial<RawDoc> = {}): RawDoc {
  return textDoc(body, { source: 'test.html', format: 'html', ...extra })
}

/** Lines of a cleaned text. */
export function linesOf(text: string): string[] {
  return text.split('\n')
}
