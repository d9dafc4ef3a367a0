/**
 * Query-parameter schemas (zod). Every input the API reads is validated here
 * first: a bad value is a 400 with a one-line reason, and what gets through
 * is typed, bounded and plain (ids match tight patterns, free text is capped).
 */
import { z } from 'zod'
import { PLOVER_TYPES, type PloverType } from '../core/doc.js'
import { ParleyError } from '../core/errors.js'
import { FAMILIES, FAMILY_OF } from './contract.js'

export const limit = z.coerce.number().int().min(1).max(500).default(50)
export const offset = z.coerce.number().int().min(0).max(10_000_000).default(0)
export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
/** Actor ids ('ARM', 'nikol-pashinyan'), country codes, cluster ids. */
export const actorId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'expected an actor id such as ARM or nikol-pashinyan')
export const docId = z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-hex document id')
export const eventId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'expected an event id such as e1')
export const issueId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'expected an issue id such as border-delimitation')
export const language = z.string().regex(/^([a-z]{2,3}|und)$/, 'expected an ISO 639 code such as en')
export const freeText = z.string().trim().min(1).max(200)
const flag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true')

const typeList = z
  .string()
  .transform((s) => s.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(z.enum(PLOVER_TYPES)).max(PLOVER_TYPES.length))

const eventFilterShape = {
  type: typeList.optional(),
  family: z.enum(FAMILIES).optional(),
  actor: actorId.optional(),
  role: z.enum(['source', 'target', 'mediator', 'attributed']).optional(),
  issue: issueId.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  language: language.optional(),
  place: z.string().trim().min(1).max(100).optional(),
  q: freeText.optional(),
  doc: docId.optional(),
  cluster: actorId.optional(),
  located: flag.optional(),
  status: z.enum(['active', 'all', 'extracted', 'confirmed', 'edited', 'rejected']).optional(),
}

export const EventQuery = z.object({ ...eventFilterShape, sort: z.enum(['date', '-date']).default('date'), limit, offset }).strict()
export const NetworkQuery = z.object({ ...eventFilterShape, level: z.enum(['actor', 'country']).default('actor') }).strict()
export type EventFilterQuery = Omit<z.infer<typeof NetworkQuery>, 'level'>
export const DocumentQuery = z.object({ language: language.optional(), q: freeText.optional(), limit, offset }).strict()
export const SearchQuery = z.object({ q: freeText, language: language.optional(), limit, offset }).strict()
export const CorrectionQuery = z.object({ doc: docId.optional(), kind: z.enum(['event', 'position']).optional(), limit, offset }).strict()
export const PageQuery = z.object({ limit, offset }).strict()
export const EmptyQuery = z.object({}).strict()

/** `type` and `family` together: the types of the family that were asked for (or all of them). */
export function typesOf(q: { type?: PloverType[] | undefined; family?: (typeof FAMILIES)[number] | undefined }): PloverType[] | undefined {
  if (!q.family) return q.type
  const family = PLOVER_TYPES.filter((t) => FAMILY_OF[t] === q.family)
  return q.type ? q.type.filter((t) => family.includes(t)) : family
}

/** Parse or throw a usage error (400) naming the first bad parameter. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what = 'query'): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : what
  const reason = issue?.code === 'unrecognized_keys' ? `Unexpected parameter ${issue.keys.map((k) => `\`${k}\``).join(', ')}` : `Unexpected ${where}: ${issue?.message ?? 'invalid'}`
  throw new ParleyError('PARLEY_USAGE', reason)
}
