/** The part of autocannon's API the load test uses (the package ships no types). */
declare module 'autocannon' {
  interface Histogram {
    readonly average: number
    readonly mean: number
    readonly max: number
    readonly min: number
    readonly p50: number
    readonly p90: number
    readonly p97_5: number
    readonly p99: number
  }
  interface Request {
    readonly method?: string
    readonly path: string
    readonly headers?: Record<string, string>
    readonly onResponse?: (status: number, body: string, context: Record<string, unknown>) => void
  }
  interface Options {
    readonly url: string
    readonly connections?: number
    readonly duration?: number
    readonly amount?: number
    readonly timeout?: number
    readonly requests?: readonly Request[]
  }
  export interface Result {
    readonly requests: Histogram & { readonly total: number; readonly sent: number }
    readonly latency: Histogram
    readonly throughput: Histogram
    readonly errors: number
    readonly timeouts: number
    readonly mismatches: number
    readonly non2xx: number
    readonly resets: number
    readonly duration: number
  }
  interface Instance extends PromiseLike<Result> {
    stop(): void
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
