/**
 * The few error classes Parley throws, with stable codes and one table that
 * maps them to exit codes and HTTP statuses. Anything unknown is wrapped once
 * at the edge (the CLI's main, the API's onError).
 */
export type ParleyErrorCode =
  | 'PARLEY_USAGE' // bad flags or arguments
  | 'PARLEY_INPUT' // an input that cannot be read or parsed
  | 'PARLEY_NOT_FOUND'
  | 'PARLEY_DB' // database cannot be opened / is locked / schema too new
  | 'PARLEY_CONFIG' // a profile or actors YAML that does not validate
  | 'PARLEY_AUTH'
  | 'PARLEY_INTERNAL'

const TABLE: Record<ParleyErrorCode, { exit: number; http: number }> = {
  PARLEY_USAGE: { exit: 2, http: 400 },
  PARLEY_INPUT: { exit: 1, http: 422 },
  PARLEY_NOT_FOUND: { exit: 1, http: 404 },
  PARLEY_DB: { exit: 1, http: 503 },
  PARLEY_CONFIG: { exit: 2, http: 400 },
  PARLEY_AUTH: { exit: 1, http: 401 },
  PARLEY_INTERNAL: { exit: 1, http: 500 },
}

export class ParleyError extends Error {
  readonly code: ParleyErrorCode
  /** Stable rule id for per-input failures ('empty-input', 'binary-input', ...). */
  readonly ruleId: string
  constructor(code: ParleyErrorCode, message: string, ruleId = code.toLowerCase()) {
    super(message)
    this.name = 'ParleyError'
    this.code = code
    this.ruleId = ruleId
  }
}

export function toExitCode(error: unknown): number {
  return error instanceof ParleyError ? TABLE[error.code].exit : 1
}

export function toHttpStatus(error: unknown): number {
  return error instanceof ParleyError ? TABLE[error.code].http : 500
}

/** A one-line human message for any thrown value, never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name
  return String(error)
}
