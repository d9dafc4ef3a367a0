/** The two stages together, on inputs read from disk: bytes in, article text out. */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readInputs } from '../ingest/index.js'
import { clean } from './index.js'

const FIXTURES = fileURLToPath(new URL('../ingest/fixtures/', import.meta.url))

describe('ingest then clean', () => {
  it('turns the windows-1251 page into clean Russian text with its metadata', async () => {
    const docs = []
    for await (const item of readInputs([join(FIXTURES, 'ru-cp1251.html')])) if (item.ok) docs.push(clean(item.raw))
    expect(docs).toHaveLength(1)
    const [doc] = docs
    expect(doc?.text.split('\n')).toEqual([
      'Министры встретились в Алматы',
      'Министры иностранных дел Армении и Азербайджана провели двухдневные переговоры в Алматы 10 и 11 мая 2024 года.',
      'Стороны продолжили обсуждение проекта соглашения о мире и установлении межгосударственных отношений.',
      'Встречу принимал министр иностранных дел Казахстана, который поблагодарил делегации за конструктивный настрой.',
    ])
    expect(doc).toMatchObject({ language: 'ru', published: '2024-05-11T09:30:00+05:00', title: 'Министры встретились в Алматы' })
    expect(doc?.raw.encoding).toBe('windows-1251')
  })
})
