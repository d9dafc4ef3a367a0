/**
 * The backbone's acceptance case, end to end through the spawned CLI: a folder
 * mixing good files (one a windows-1251 Russian page) with an empty file, a
 * PNG renamed .html and a truncated feed; and a user actor file (--actors).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../../bin/parley.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'parley-mixed-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** windows-1251 bytes for ASCII and the Russian alphabet (А–я are 0xC0–0xFF; Ё/ё are 0xA8/0xB8). */
function cp1251(text: string): Buffer {
  return Buffer.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!
    if (code < 0x80) return code
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
    if (ch === 'Ё') return 0xa8
    if (ch === 'ё') return 0xb8
    throw new Error(`no cp1251 byte for ${ch}`)
  }))
}

const RUSSIAN = 'Министры иностранных дел Армении и Азербайджана провели переговоры в Алматы. Стороны договорились продолжить работу над текстом мирного договора.'

function parley(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('parley ingest on a mixed folder', () => {
  const folder = join(dir, 'inbox')
  mkdirSync(folder)
  writeFileSync(
    join(folder, 'ru-page.html'),
    Buffer.concat([cp1251('<html lang="ru"><head><meta charset="windows-1251"><title>Переговоры в Алматы</title></head><body><article><h1>Переговоры в Алматы</h1><p>'), cp1251(RUSSIAN), cp1251('</p></article></body></html>')]),
  )
  writeFileSync(join(folder, 'en-report.txt'), 'The foreign ministers of Armenia and Azerbaijan met in Almaty on 10 May 2024.\nThey agreed to continue work on the peace treaty.\n')
  writeFileSync(join(folder, 'empty.txt'), '')
  writeFileSync(join(folder, 'photo.html'), Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'))
  writeFileSync(join(folder, 'cut.xml'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Briefs</title><item><title>Talks in')

  it('stores the good files, names each bad one with a reason, and exits 0', () => {
    const db = join(dir, 'mixed.db')
    const result = parley('ingest', '--db', db, folder)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/2 new, 0 unchanged, 3 failed/)
    for (const name of ['empty.txt', 'photo.html', 'cut.xml']) expect(result.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}: .+\\[[a-z-]+\\]`))
    const lines = parley('export', '--db', db, '--format', 'jsonl').stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; language?: string; text?: string })
    const russian = lines.find((l) => l.kind === 'document' && l.language === 'ru')
    expect(russian?.text).toContain(RUSSIAN)
  })

  it('recognises an actor added through --actors YAML', () => {
    const yaml = join(dir, 'extra.yaml')
    writeFileSync(yaml, 'actors:\n  - id: tigran-examplyan\n    type: person\n    name: Tigran Examplyan\n    country: ARM\n    sector: GOV\n    names:\n      any: [Tigran Examplyan]\n    surnames:\n      any: [Examplyan]\n')
    const text = join(dir, 'envoy.txt')
    writeFileSync(text, 'Tigran Examplyan met the Azerbaijani delegation in Geneva on Monday. Examplyan said the talks were useful.\n')
    const db = join(dir, 'actors.db')
    expect(parley('ingest', '--db', db, '--actors', yaml, text).code).toBe(0)
    const actors = parley('export', '--db', db, '--format', 'jsonl').stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; id?: string; country?: string; mentions?: unknown[] }).filter((l) => l.kind === 'actor')
    expect(actors.find((a) => a.id === 'tigran-examplyan')).toMatchObject({ country: 'ARM', mentions: [{}, {}] })
  })

  it('refuses an invalid actor file as a usage error naming it', () => {
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, 'actors:\n  - type: person\n')
    const result = parley('ingest', '--db', join(dir, 'bad.db'), '--actors', bad, join(folder, 'en-report.txt'))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/bad\.yaml/)
  })
})
