#!/usr/bin/env node
// The score ratchet: the seed scores may not fall below the best reached so far.
//
//   node scripts/ratchet.mjs --check  export.jsonl   # exit 1 when a figure dropped
//   node scripts/ratchet.mjs --update export.jsonl   # raise the kept figures to today's where higher
//
// Scores come from ../shared/tools/score.mjs (not part of the project); the
// kept figures live in scores/ratchet.json and are committed.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const [mode, pred] = process.argv.slice(2)
const scorer = `${root}../shared/tools/score.mjs`
const gold = `${root}../shared/gold/seeds`
const file = `${root}scores/ratchet.json`
if (!['--check', '--update'].includes(mode) || !pred) {
  console.error('usage: ratchet.mjs --check|--update EXPORT.jsonl')
  process.exit(2)
}
if (!existsSync(scorer)) {
  console.log('ratchet: ../shared is not here, nothing to check')
  process.exit(0)
}

const report = JSON.parse(execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' }))
const s = report.summary
const now = {
  events: s.events.f1, strict: s.strict.f1, actors: s.actors.f1, positions: s.positions.f1,
  source: s.arguments.source.rate ?? 0, negated: s.arguments.negated.rate ?? 0, date: s.arguments.date.rate ?? 0,
  evidence: s.evidence.rate ?? 0,
}
const kept = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
// Rounding noise of one matched event in the date rate should not fail a run.
const TOLERANCE = 0.005
const dropped = Object.entries(kept).filter(([k, v]) => (now[k] ?? 0) + TOLERANCE < v)
const show = (o) => Object.entries(o).map(([k, v]) => `${k} ${Number(v).toFixed(3)}`).join(', ')
console.log(`ratchet: now  ${show(now)}`)
console.log(`ratchet: kept ${show(kept)}`)
if (mode === '--update') {
  const next = Object.fromEntries(Object.keys(now).map((k) => [k, Math.max(now[k] ?? 0, kept[k] ?? 0)]))
  writeFileSync(file, JSON.stringify(next, null, 2) + '\n')
  console.log('ratchet: updated scores/ratchet.json')
} else if (dropped.length) {
  console.error(`ratchet: seed scores fell below the best reached: ${dropped.map(([k, v]) => `${k} ${now[k].toFixed(3)} < ${v.toFixed(3)}`).join(', ')}`)
  process.exit(1)
}
