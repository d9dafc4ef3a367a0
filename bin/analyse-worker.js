// Worker-thread entry: registers the TypeScript loader, then runs the worker module.
import { register } from 'tsx/esm/api'

register()
await import('../src/app/analyse-worker.ts')
