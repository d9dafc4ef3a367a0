import { mkdirSync, openSync, closeSync, ftruncateSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readInputs } from './index.js'
import type { InputItem } from './items.js'
import { collect, encodeSingleByte, tempDir, utf16le, type TempDir } from './test-helpers.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])

function only(items: InputItem[]): InputItem {
  expect(items).toHaveLength(1)
  return items[0] as InputItem
}

function ruleOf(item: InputItem): string {
  return item.ok ? 'ok' : item.ruleId
}

let tmp: TempDir
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.remove())

describe('readInputs on files', () => {
  it('reads the committed windows-1251 Russian page', async () => {
    const item = only(await collect(readInputs([join(FIXTURES, 'ru-cp1251.html')])))
    expect(item.ok).toBe(true)
    if (!item.ok) return
    expect(item.raw.format).toBe('html')
    expect(item.raw.encoding).toBe('windows-1251')
    expect(item.raw.body).toContain('Министры иностранных дел Армении и Азербайджана')
  })

  it('reads text, markdown and UTF-16 files', async () => {
    const txt = tmp.write('a.txt', 'The foreign ministers met in Washington.\n')
    const md = tmp.write('b.md', '# Talks\n\nThe ministers met again in Berlin.\n')
    const u16 = tmp.write('c.txt', utf16le('Les ministres se sont rencontrés à Genève.'))
    const items = await collect(readInputs([txt, md, u16]))
    expect(items.map((i) => (i.ok ? [i.raw.format, i.raw.encoding] : i.ruleId))).toEqual([
      ['text', 'utf-8'],
      ['markdown', 'utf-8'],
      ['text', 'utf-16le'],
    ])
    expect(items[2]?.ok && items[2].raw.body).toBe('Les ministres se sont rencontrés à Genève.')
  })

  it('reads an ISO-8859-9 Turkish text file', async () => {
    const tr = 'Bakanlar, barış anlaşması taslağının hükümleri üzerinde görüşmelere devam etti ve çalışmaların sürdürülmesi konusunda uzlaştı.'
    const item = only(await collect(readInputs([tmp.write('tr.txt', encodeSingleByte(tr, 'iso-8859-9'))])))
    expect(item.ok && item.raw.body).toBe(tr)
  })

  it('gives empty-input for an empty or whitespace-only file', async () => {
    const items = await collect(readInputs([tmp.write('e.txt', ''), tmp.write('w.html', ' \n\t\u00a0\n')]))
    expect(items.map(ruleOf)).toEqual(['empty-input', 'empty-input'])
    expect(items[0]?.ok === false && items[0].reason).toMatch(/empty/)
  })

  it('gives binary-input for a PNG renamed .html and NUL-filled text', async () => {
    const items = await collect(readInputs([tmp.write('pic.html', PNG), tmp.write('nul.txt', Uint8Array.from([65, 0, 66, 67, 0, 0, 1, 2, 3, 68, 0, 0, 0, 9]))]))
    expect(items.map(ruleOf)).toEqual(['binary-input', 'binary-input'])
    expect(items[0]?.ok === false && items[0].reason).toMatch(/PNG/)
  })

  it('gives binary-input for text that is mostly control characters', async () => {
    const junk = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : (i % 7) + 1))
    expect(ruleOf(only(await collect(readInputs([tmp.write('junk.txt', junk)]))))).toBe('binary-input')
  })

  it('refuses a 100 MB+ file at once, from its size, without reading it', async () => {
    const path = join(tmp.dir, 'huge.html')
    const fd = openSync(path, 'w')
    ftruncateSync(fd, 101 * 1024 * 1024) // sparse: no disk space, no memory
    closeSync(fd)
    const started = process.memoryUsage().rss
    const item = only(await collect(readInputs([path])))
    expect(ruleOf(item)).toBe('input-too-large')
    expect(item.ok === false && item.reason).toMatch(/101 MB.*20 MB/)
    expect(process.memoryUsage().rss - started).toBeLessThan(50 * 1024 * 1024)
  })

  it('respects a smaller maxBytes', async () => {
    const path = tmp.write('a.txt', 'x'.repeat(2000))
    expect(ruleOf(only(await collect(readInputs([path], { maxBytes: 1000 }))))).toBe('input-too-large')
  })

  it('gives unreadable-input for a missing path and unsupported-input for an unknown extension', async () => {
    const items = await collect(readInputs([join(tmp.dir, 'missing.txt'), tmp.write('doc.pdfx', 'hello'), 'ftp://example.org/a.txt']))
    expect(items.map(ruleOf)).toEqual(['unreadable-input', 'unsupported-input', 'unsupported-input'])
    expect(items[0]?.ok === false && items[0].reason).toMatch(/ENOENT/)
  })

  it('passes broken HTML through untouched (cleaning copes with it)', async () => {
    const item = only(await collect(readInputs([tmp.write('broken.html', '<html><body><div><p>Unclosed <b>talks in Prague')])))
    expect(item.ok && item.raw.body).toContain('Unclosed')
  })
})

describe('readInputs on folders', () => {
  it('walks recursively in sorted order, skipping hidden files and unknown extensions', async () => {
    mkdirSync(join(tmp.dir, 'b-sub'))
    mkdirSync(join(tmp.dir, '.hidden'))
    tmp.write('c.txt', 'Third document about the border commission.')
    tmp.write('a.md', 'First document about the peace treaty.')
    tmp.write('b-sub/z.html', '<p>Nested page about the Lachin corridor.</p>')
    tmp.write('.secret.txt', 'hidden')
    tmp.write('.hidden/x.txt', 'hidden too')
    tmp.write('notes.docx', 'not ours')
    symlinkSync(tmp.dir, join(tmp.dir, 'b-sub', 'loop'))
    const items = await collect(readInputs([tmp.dir]))
    expect(items.map((i) => (i.ok ? i.raw.source.slice(tmp.dir.length + 1) : i.ruleId))).toEqual(['a.md', 'b-sub/z.html', 'c.txt'])
  })

  it('gives unreadable-input for a folder with nothing to read', async () => {
    mkdirSync(join(tmp.dir, 'empty'))
    tmp.write('empty/readme.docx', 'x')
    const item = only(await collect(readInputs([join(tmp.dir, 'empty')])))
    expect(ruleOf(item)).toBe('unreadable-input')
  })
})
