import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command } from 'commander'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { report } from '../../merge/fixtures/reports.js'
import { openStore } from '../../store/index.js'
import { registerEvents } from './events.js'

const dirs: string[] = []
afterEach(() => {
  vi.restoreAllMocks()
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})

/** A database with two reports of one meeting, stored but not yet merged. */
function seeded(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-events-'))
  dirs.push(dir)
  const db = join(dir, 'test.db')
  const store = openStore(db)
  const talks = { type: 'CONSULT', mode: 'third-party', source: ['ARM', 'AZE'], mediators: ['DEU'], date: '2024-02-28', place: 'Berlin' } as const
  store.saveBatch([
    report({ language: 'en', published: '2024-02-29', source: 'berlin-en.txt', events: [{ ...talks, sentence: 'The two foreign ministers met in Berlin on 28 February.' }] }),
    report({ language: 'fr', published: '2024-03-01', source: 'berlin-fr.txt', events: [{ ...talks, sentence: 'Les deux ministres se sont réunis à Berlin le 28 février.' }] }),
  ])
  store.close()
  return db
}

async function run(args: string[]): Promise<{ out: string; code: number }> {
  let out = ''
  let code = -1
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  const program = new Command('parley').exitOverride()
  registerEvents(program, (c) => (code = c))
  await program.parseAsync(['events', ...args], { from: 'user' })
  return { out, code }
}

describe('parley events', () => {
  it('lists one line per merged event, and its mentions with --mentions', async () => {
    const db = seeded()
    const { out, code } = await run(['--db', db, '--mentions'])
    expect(code).toBe(0)
    const lines = out.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^c[0-9a-f]{12} {2}CONSULT {2}2024-02-28 {2}Berlin {2}ARM\+AZE via DEU {2}2 reports, 2 languages \(en, fr\)$/)
    expect(lines.slice(1)).toEqual([
      '    [en] berlin-en.txt 2024-02-29 e1: "The two foreign ministers met in Berlin on 28 February."',
      '    [fr] berlin-fr.txt 2024-03-01 e1: "Les deux ministres se sont réunis à Berlin le 28 février."',
    ])
  })

  it('writes JSON lines with --json and filters with --type', async () => {
    const db = seeded()
    const json = await run(['--db', db, '--json', '--type', 'CONSULT'])
    expect(JSON.parse(json.out)).toMatchObject({ kind: 'cluster', type: 'CONSULT', reports: 2, languages: ['en', 'fr'], contested: [] })
    expect((await run(['--db', db, '--type', 'ASSAULT'])).out).toBe('')
    await expect(run(['--db', db, '--type', 'MEETING'])).rejects.toThrow(/Unexpected type `MEETING`/)
  })

  it('names a missing database instead of creating one', async () => {
    await expect(run(['--db', join(tmpdir(), 'parley-no-such-dir', 'none.db')])).rejects.toThrow(/not found; run `parley ingest/)
  })
})
