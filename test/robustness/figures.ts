/**
 * The robustness tests' figures (inputs tried, requests served, p99...) as
 * JSON in test-output/robustness/, for the report and for a person to read;
 * the tests assert on them, this only records them.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const OUT = fileURLToPath(new URL('../../test-output/robustness/', import.meta.url))

export function writeFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(OUT, { recursive: true })
  writeFileSync(`${OUT}${name}.json`, `${JSON.stringify(figures, null, 2)}\n`)
}
