/**
 * The eld detector (small n-gram database), loaded on first use and then kept.
 *
 * Why not a static import: importing eld/small builds a 1.6 MB n-gram table
 * (about 250 ms and most of the detector's memory). Commands that never look
 * at text (export, serve, search) should not pay for it. `detectLanguage` is
 * synchronous, so the module is loaded with `require` (Node >= 20.19 can
 * require an ES module); eld's `exports` map only offers the `import`
 * condition, so the file is resolved with `import.meta.resolve` first.
 */
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

export interface EldResult {
  readonly language: string
  getScores(): Record<string, number>
}

export interface EldDetector {
  detect(text: string): EldResult
  enableTextCleanup(flag: boolean): void
  info(): { Languages: Record<number, string> }
}

let detector: EldDetector | null = null
let known: ReadonlySet<string> | null = null

export function eldDetector(): EldDetector {
  if (detector === null) {
    const require = createRequire(import.meta.url)
    const file = fileURLToPath(import.meta.resolve('eld/small'))
    const mod = require(file) as { eld: EldDetector & { newInstance(): EldDetector } }
    // Our own instance, so that nobody else's settings (subsets) leak into ours.
    const own = mod.eld.newInstance()
    // Drop URLs, e-mails and digit runs: they carry no language and dates/numbers are frequent in news.
    own.enableTextCleanup(true)
    detector = own
  }
  return detector
}

/** The ISO 639-1 codes eld can recognise. */
export function eldLanguages(): ReadonlySet<string> {
  if (known === null) known = new Set(Object.values(eldDetector().info().Languages))
  return known
}
