/** A progress bar on a terminal; silence otherwise (CI logs stay readable). */
import cliProgress from 'cli-progress'

export interface Progress {
  update(done: number, source: string): void
  stop(): void
}

export function createProgress(stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} }
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest {value} inputs | {source}', clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  )
  bar.start(0, 0, { source: '' })
  return {
    update: (done, source) => bar.update(done, { source: source.length > 60 ? '…' + source.slice(-59) : source }),
    stop: () => bar.stop(),
  }
}
