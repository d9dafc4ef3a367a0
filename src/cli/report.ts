/** How the CLI prints results: failures grouped by input, then one summary line. */
import type { IngestSummary } from '../app/ingest.js'

export function printIngestSummary(summary: IngestSummary, out: NodeJS.WritableStream, err: NodeJS.WritableStream): void {
  for (const f of summary.failures) err.write(`${f.source}: ${f.reason} [${f.ruleId}]\n`)
  const languages = Object.entries(summary.languages)
    .sort((a, b) => b[1] - a[1])
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')
  out.write(
    `documents: ${summary.new} new, ${summary.unchanged} unchanged, ${summary.failed} failed` +
      (languages ? ` | languages: ${languages}` : '') +
      '\n',
  )
}
