import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readInputs } from './index.js'
import type { InputItem } from './items.js'
import { jsonlFromChunks } from './readers/jsonl.js'
import { collect, tempDir, type TempDir } from './test-helpers.js'

let tmp: TempDir
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.remove())

function summary(items: InputItem[]): string[] {
  return items.map((i) => (i.ok ? `${i.raw.source.split('/').pop()} ${i.raw.format}` : `${i.source.split('/').pop()} ${i.ruleId}`))
}

const LINES = [
  JSON.stringify({ text: 'The ministers met in Almaty.', url: 'https://a.example/1', title: 'Almaty talks', published: '2024-05-11', language: 'en' }),
  '{"text": "broken line", ',
  '',
  JSON.stringify({ html: '<p>Les ministres se sont rencontrés.</p>', language: 'fr' }),
  JSON.stringify({ title: 'no body' }),
  JSON.stringify({ text: 42 }),
  JSON.stringify({ text: '   ' }),
]

describe('JSONL', () => {
  it('yields one item per line and a failure for each bad line, going on after it', async () => {
    const path = tmp.write('batch.jsonl', `${LINES.join('\n')}\n`)
    const items = await collect(readInputs([path]))
    expect(summary(items)).toEqual([
      'batch.jsonl:1 text',
      'batch.jsonl:2 malformed-jsonl-line',
      'batch.jsonl:4 html',
      'batch.jsonl:5 malformed-jsonl-line',
      'batch.jsonl:6 malformed-jsonl-line',
      'batch.jsonl:7 empty-input',
    ])
    expect(items[0]).toMatchObject({ ok: true, raw: { url: 'https://a.example/1', title: 'Almaty talks', published: '2024-05-11', language: 'en' } })
    expect(items[1]?.ok === false && items[1].reason).toMatch(/invalid JSON/)
    expect(items[3]?.ok === false && items[3].reason).toMatch(/"text" or "html"/)
  })

  it('splits lines correctly across chunk boundaries and CRLF, without a final newline', async () => {
    const text = `\ufeff${JSON.stringify({ text: 'Первая строка.' })}\r\n${JSON.stringify({ text: 'Երկրորդ տող։' })}`
    const bytes = Buffer.from(text)
    async function* oneByteAtATime() {
      for (const byte of bytes) yield Uint8Array.of(byte)
    }
    const items = await collect(jsonlFromChunks(oneByteAtATime(), 'x.jsonl', 1000))
    expect(items.map((i) => i.ok && i.raw.body)).toEqual(['Первая строка.', 'Երկրորդ տող։'])
  })

  it('skips an overlong line without holding it, then reads the next one', async () => {
    const huge = JSON.stringify({ text: 'x'.repeat(5000) })
    const path = tmp.write('big.jsonl', `${huge}\n${JSON.stringify({ text: 'Short one.' })}\n`)
    const items = await collect(readInputs([path], { maxBytes: 1000 }))
    expect(summary(items)).toEqual(['big.jsonl:1 input-too-large', 'big.jsonl:2 text'])
  })

  it('gives empty-input for an empty JSONL file', async () => {
    expect(summary(await collect(readInputs([tmp.write('none.jsonl', '\n\n')])))).toEqual(['none.jsonl empty-input'])
  })
})
