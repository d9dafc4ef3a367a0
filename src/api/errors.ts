/**
 * One error handler for the whole API: every failure is JSON
 * `{error: {status, message}}` with the status from the table in
 * src/core/errors.ts; unknown errors are a bare 500, never a stack trace.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { describeError, ParleyError, toHttpStatus } from '../core/errors.js'
import type { ApiError } from './contract.js'

/** An HTTP status the error table has no code for (403, 413...). */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
    this.name = 'HttpError'
  }
}

export function errorBody(status: number, message: string): ApiError {
  return { error: { status, message } }
}

export function onError(error: unknown, c: Context): Response {
  let status = 500
  let message = 'Internal error'
  if (error instanceof ParleyError) {
    status = toHttpStatus(error)
    message = status >= 500 ? 'Internal error' : describeError(error)
  } else if (error instanceof HttpError) {
    status = error.status
    message = error.message
  } else if (error instanceof HTTPException) {
    status = error.status
    message = error.status === 413 ? 'Request body too large' : describeError(error) || 'Bad request'
  } else if (error instanceof SyntaxError) {
    status = 400
    message = 'Unexpected request body: expected JSON'
  }
  if (status >= 500) process.stderr.write(`parley serve: ${describeError(error)}\n`)
  return c.json(errorBody(status, message), status as 500)
}

export function notFound(what: string): ParleyError {
  return new ParleyError('PARLEY_NOT_FOUND', `No ${what}`)
}
