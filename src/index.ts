/**
 * Parley's library API. The CLI and the HTTP API are thin layers over these.
 */
export { ingest, type IngestOptions, type IngestSummary, type IngestFailure } from './app/ingest.js'
export { exportTo, EXPORT_FORMATS, type ExportOptions } from './app/export.js'
export { analyse, createContext, type PipelineContext, type PipelineOptions } from './pipeline.js'
export { openStore, defaultDbPath, SqliteStore } from './store/index.js'
export type * from './core/doc.js'
export { ParleyError } from './core/errors.js'
