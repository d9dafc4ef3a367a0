/**
 * The OpenAPI 3.1 description of the API, written by hand next to the
 * routes (src/api/routes/) and the shapes (./contract.ts). A test checks that
 * every route the app answers is listed here.
 */
import { FAMILIES } from './contract.js'
import { PLOVER_TYPES } from '../core/doc.js'

type Param = { name: string; in: 'query' | 'path'; required?: boolean; description: string; schema: Record<string, unknown> }

const str = (description: string, extra: Record<string, unknown> = {}, name = ''): Param => ({ name, in: 'query', description, schema: { type: 'string', ...extra } })
const q = (name: string, description: string, extra: Record<string, unknown> = {}): Param => ({ ...str(description, extra), name })
const path = (name: string, description: string, pattern: string): Param => ({ name, in: 'path', required: true, description, schema: { type: 'string', pattern } })
const DATE = { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }
const PAGE = [q('limit', 'page size (1–500, default 50)', { type: 'integer', minimum: 1, maximum: 500 }), q('offset', 'items to skip', { type: 'integer', minimum: 0 })]
const EVENT_FILTERS = [
  q('type', `PLOVER types, comma-separated: ${PLOVER_TYPES.join(', ')}`),
  q('family', 'PLOVER quad class', { enum: FAMILIES }),
  q('actor', 'actor id or country code, in any role'),
  q('role', 'restrict `actor` to one role', { enum: ['source', 'target', 'mediator', 'attributed'] }),
  q('issue', 'events in a sentence that states a position on this issue'),
  q('from', 'on or after (YYYY, YYYY-MM or YYYY-MM-DD)', DATE),
  q('to', 'on or before', DATE),
  q('language', 'document language (ISO 639-1)'),
  q('place', 'location name or country code'),
  q('q', 'free text in the event sentence (any language, accents optional)'),
  q('doc', 'document id'),
  q('cluster', 'merge cluster id'),
  q('located', 'only events with coordinates', { enum: ['1', '0', 'true', 'false'] }),
  q('status', 'by correction status (default active: all but rejected)', { enum: ['active', 'all', 'extracted', 'confirmed', 'edited', 'rejected'] }),
]
const DOC = path('id', 'document id', '^[0-9a-f]{16}$')

const ok = (description: string, ref: string) => ({ description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } })
const ERRORS = {
  '400': { description: 'invalid parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
}
const get = (summary: string, parameters: Param[], ref: string, extra: Record<string, unknown> = {}) => ({
  get: { summary, parameters, responses: { '200': ok(summary, ref), ...ERRORS, ...extra } },
})
const NOT_FOUND = { '404': { description: 'not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } }
const object = (description: string) => ({ type: 'object', description })
const page = (item: string) => ({
  type: 'object', required: ['total', 'limit', 'offset', 'items'],
  properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } } },
})

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Parley API',
    version: '1',
    description: 'Sourced, multilingual events and negotiation positions. Read-only, except corrections (bearer token). Shapes: src/api/contract.ts.',
  },
  paths: {
    '/api/documents': get('Documents, newest first', [q('language', 'ISO 639-1'), q('q', 'title or source contains'), ...PAGE], 'DocumentPage'),
    '/api/documents/{id}': get('A document: cleaned text, mentions, events and positions as corrected', [DOC], 'Document', NOT_FOUND),
    '/api/events': get('Events with filters, by date', [...EVENT_FILTERS, q('sort', 'date or -date', { enum: ['date', '-date'] }), ...PAGE], 'EventPage'),
    '/api/events/{doc}/{id}': get('One event with its other sources and correction history', [path('doc', 'document id', '^[0-9a-f]{16}$'), path('id', 'event id', '^[A-Za-z0-9_-]{1,40}$')], 'EventDetail', NOT_FOUND),
    '/api/actors': get('Actors by activity', PAGE, 'ActorPage'),
    '/api/actors/{id}': get('An actor with recent events, co-actors and positions', [path('id', 'actor id', '^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$')], 'ActorDetail', NOT_FOUND),
    '/api/network': get('Who did what to whom', [...EVENT_FILTERS, q('level', 'actor or country', { enum: ['actor', 'country'] })], 'Network'),
    '/api/issues': get('Issue board (as `parley issues`): per agenda issue its status and each party\'s latest position, with its recent history', [], 'IssueBoard'),
    '/api/rounds': get('Rounds of talks (as `parley issues`): meetings of the parties grouped by place and date, with what was agreed and left open; latest first', PAGE, 'RoundPage'),
    '/api/places': get('Mentioned places with coordinates', PAGE, 'PlacePage'),
    '/api/search': get('Sentences matching words in any language (accents optional)', [{ ...q('q', 'words'), required: true }, q('language', 'ISO 639-1'), ...PAGE], 'SearchPage'),
    '/api/stats': get('Overview', [], 'Stats'),
    '/api/corrections': {
      ...get('Correction history, newest first', [q('doc', 'document id'), q('kind', 'event or position', { enum: ['event', 'position'] }), ...PAGE], 'CorrectionPage'),
      post: {
        summary: 'Confirm, reject or edit an event or a position',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CorrectionInput' } } } },
        responses: {
          '201': ok('the correction and the record as now shown', 'CorrectionResult'),
          ...ERRORS,
          '401': { description: 'no bearer token' },
          '403': { description: 'wrong token, or corrections disabled (no PARLEY_TOKEN)' },
          ...NOT_FOUND,
        },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the PARLEY_TOKEN the server was started with' } },
    schemas: {
      Error: {
        type: 'object', required: ['error'],
        properties: { error: { type: 'object', required: ['status', 'message'], properties: { status: { type: 'integer' }, message: { type: 'string' } } } },
      },
      CorrectionInput: {
        type: 'object', required: ['kind', 'doc', 'key', 'action'],
        properties: {
          kind: { enum: ['event', 'position'] }, doc: { type: 'string', pattern: '^[0-9a-f]{16}$' },
          key: { type: 'string', description: 'the record key from the event or position view' },
          action: { enum: ['confirm', 'reject', 'edit'] },
          patch: { type: 'object', description: 'edit only. Event: type, mode, date {value, precision}, location, negated, future. Position: issue, stance, summary, date.' },
          note: { type: 'string', maxLength: 2000 },
        },
      },
      DocumentPage: page('DocumentMeta'), EventPage: page('Event'), ActorPage: page('Actor'), RoundPage: page('Round'),
      PlacePage: page('Place'), SearchPage: page('SearchHit'), CorrectionPage: page('Correction'),
      DocumentMeta: object('DocumentMeta in src/api/contract.ts'), Document: object('DocumentView'), Event: object('EventView'),
      EventDetail: object('EventDetail'), Actor: object('ActorSummary'), ActorDetail: object('ActorDetail'), Network: object('NetworkGraph'),
      IssueBoard: object('IssueBoard'), Round: object('Round'), Place: object('PlaceSummary'), SearchHit: object('SearchHitView'),
      Stats: object('Stats'), Correction: object('CorrectionView'), CorrectionResult: object('{correction, record}'),
    },
  },
} as const
