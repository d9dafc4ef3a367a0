/**
 * `npm run bench`: throughput and memory of the full pipeline, with bare
 * segmentation as the floor. Writes bench/results.json.
 *
 *   npm run bench                 # 20,000 text + 20,000 HTML documents
 *   npm run bench -- --docs 100000 --no-html
 *   npm run bench -- --docs 3000 --no-html --batch 256 --workers 2   # tuning
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { ingest } from '../src/app/ingest.js'
import { asHtml, benchDocs } from './corpus.js'

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '20000' }, 'no-html': { type: 'boolean', default: false }, batch: { type: 'string' }, workers: { type: 'string' } },
})
const DOCS = Number(values.docs)
/** Ingest options under test (`--batch N` documents per transaction, `--workers N`); the defaults otherwise. */
const TUNING = { ...(values.batch ? { batchSize: Number(values.batch) } : {}), ...(values.workers ? { workers: Number(values.workers) } : {}) }
const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'))

async function writeJsonl(file: string, html: boolean): Promise<number> {
  const out = createWriteStream(file)
  for (const doc of benchDocs(DOCS)) {
    const line = html ? { html: asHtml(doc), url: `https://example.org/${doc.title}` } : { text: `${doc.title}\n${doc.paragraphs.join('\n')}`, ...(doc.published ? { published: doc.published } : {}) }
    if (!out.write(JSON.stringify(line) + '\n')) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return statSync(file).size
}

/** The main thread's garbage-collection pauses, in ms (its scavenges copy every document still waiting to be stored). */
let gcPauseMs = 0
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauseMs += entry.duration
}).observe({ entryTypes: ['gc'] })

let peakRss = 0
let peakAll = 0
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss
  peakRss = Math.max(peakRss, rss)
  peakAll = Math.max(peakAll, rss)
}, 100)

async function measureIngest(kind: 'text' | 'html') {
  const file = join(dir, `${kind}.jsonl`)
  const bytes = await writeJsonl(file, kind === 'html')
  const db = join(dir, `${kind}.db`)
  peakRss = 0
  const load = loadavg()[0]!
  const cpu = process.cpuUsage()
  const mainCpu = mainThreadCpuMs()
  const gcBefore = gcPauseMs
  const started = performance.now()
  // The main thread's share: storing each batch, merging its events across documents and committing,
  // in total and over the first and the last tenth of the documents (it must not slow as the store grows).
  const write = { docs: 0, storeMs: 0, mergeMs: 0, commitMs: 0 }
  const tenths = { first: { ...write }, last: { ...write } }
  const onWriteTimes = (t: { documents: number; storeMs: number; mergeMs: number; commitMs: number }) => {
    const part = write.docs < DOCS / 10 ? tenths.first : write.docs >= (DOCS * 9) / 10 ? tenths.last : null
    for (const sum of part ? [write, part] : [write]) {
      sum.docs += t.documents
      sum.storeMs += t.storeMs
      sum.mergeMs += t.mergeMs
      sum.commitMs += t.commitMs
    }
  }
  const summary = await ingest([file], { db, ...TUNING, onWriteTimes })
  const seconds = (performance.now() - started) / 1000
  // CPU time of every thread (workers included): what the run costs whatever else the machine is doing.
  const used = process.cpuUsage(cpu)
  const mainUsed = mainCpu === null ? null : mainThreadCpuMs()! - mainCpu
  const run = {
    kind, documents: summary.new, failed: summary.failed, megabytes: bytes / 1e6, seconds,
    docsPerSecond: summary.new / seconds, mbPerSecond: bytes / 1e6 / seconds,
    cpuMsPerDoc: (used.user + used.system) / 1000 / Math.max(1, summary.new), peakRssMB: Math.round(peakRss / 1e6),
    // (the main thread stores and merges; the rest is the analysing worker, GC and compiler threads)
    mainCpuMsPerDoc: mainUsed === null ? null : mainUsed / Math.max(1, summary.new),
    mainGcMsPerDoc: (gcPauseMs - gcBefore) / Math.max(1, summary.new),
    storeMsPerDoc: write.storeMs / Math.max(1, summary.new), mergeMsPerDoc: write.mergeMs / Math.max(1, summary.new),
    commitMsPerDoc: write.commitMs / Math.max(1, summary.new),
    firstTenth: perDoc(tenths.first), lastTenth: perDoc(tenths.last),
    loadavg: [load, loadavg()[0]!],
  }
  console.log(`${kind}: ${run.documents} docs in ${seconds.toFixed(1)} s, ${run.docsPerSecond.toFixed(0)} docs/s, ${run.mbPerSecond.toFixed(2)} MB/s, ${run.cpuMsPerDoc.toFixed(1)} ms CPU/doc${run.mainCpuMsPerDoc === null ? '' : ` (main thread ${run.mainCpuMsPerDoc.toFixed(1)})`}, main thread GC pauses ${run.mainGcMsPerDoc.toFixed(2)} ms/doc, peak RSS ${run.peakRssMB} MB, load ${load.toFixed(1)}→${loadavg()[0]!.toFixed(1)}; main thread: store ${run.storeMsPerDoc.toFixed(2)} + merge ${run.mergeMsPerDoc.toFixed(2)} + commit ${run.commitMsPerDoc.toFixed(2)} ms/doc (first tenth ${tenthLine(run.firstTenth)}, last tenth ${tenthLine(run.lastTenth)})`)
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true })
  return run
}

/** CPU time of this (the main) thread in ms, from /proc (Node 20 has no per-thread CPU call); null where /proc is missing. */
function mainThreadCpuMs(): number | null {
  try {
    // Fields after the command name: state is the 1st, utime the 12th and stime the 13th, in clock ticks (100 per second).
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}

function perDoc(p: { docs: number; storeMs: number; mergeMs: number; commitMs: number }) {
  const n = Math.max(1, p.docs)
  return { storeMs: p.storeMs / n, mergeMs: p.mergeMs / n, commitMs: p.commitMs / n }
}

function tenthLine(t: ReturnType<typeof perDoc>): string {
  return [t.storeMs, t.mergeMs, t.commitMs].map((x) => x.toFixed(2)).join(' + ')
}

function segmentationFloor(): { seconds: number; sentences: number; words: number } {
  const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })
  const words = new Intl.Segmenter('en', { granularity: 'word' })
  let s = 0
  let w = 0
  const started = performance.now()
  for (const doc of benchDocs(DOCS)) {
    for (const p of doc.paragraphs) {
      for (const _ of sentences.segment(p)) s++
      for (const x of words.segment(p)) if (x.isWordLike) w++
    }
  }
  return { seconds: (performance.now() - started) / 1000, sentences: s, words: w }
}

const floor = segmentationFloor()
console.log(`segmentation floor: ${floor.seconds.toFixed(2)} s for ${DOCS} documents`)
const runs = [await measureIngest('text')]
if (!values['no-html']) runs.push(await measureIngest('html'))
clearInterval(sampler)
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', loadavg: loadavg(), node: process.version },
  documents: DOCS,
  floor,
  runs,
  peakRssMB: Math.round(peakAll / 1e6),
  textRatioToFloor: runs[0]!.seconds / floor.seconds,
}
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n')
console.table(runs.map((r) => ({ input: r.kind, docs: r.documents, failed: r.failed, MB: r.megabytes.toFixed(1), s: r.seconds.toFixed(1), 'docs/s': r.docsPerSecond.toFixed(0), 'MB/s': r.mbPerSecond.toFixed(2), 'CPU ms/doc': r.cpuMsPerDoc.toFixed(1), 'merge ms/doc': r.mergeMsPerDoc.toFixed(1), 'peak MB': r.peakRssMB })))
console.log(`segmentation floor: ${floor.seconds.toFixed(2)} s (${floor.sentences} sentences, ${floor.words} words); full text pipeline / floor = ${results.textRatioToFloor.toFixed(1)}×`)
console.log(`peak RSS ${results.peakRssMB} MB; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; wrote bench/results.json`)
rmSync(dir, { recursive: true, force: true })
