import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// A cache folder of this test's own (read once, on first use).
const dir = mkdtempSync(join(tmpdir(), 'parley-cache-test-'))
process.env.PARLEY_CACHE_DIR = dir
const { cached, hashInputs } = await import('./compiled-cache.js')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function spec(key: string, value: number[], builds: { n: number }) {
  return {
    name: 'test-entry',
    key,
    build: () => {
      builds.n++
      return value
    },
    encode: (v: number[]) => JSON.stringify(v),
    decode: (text: string) => {
      const v = JSON.parse(text) as unknown
      return Array.isArray(v) ? (v as number[]) : null
    },
  }
}

describe('compiled cache', () => {
  it('builds once, then reads the stored value', () => {
    const builds = { n: 0 }
    expect(cached(spec('k1', [1, 2, 3], builds))).toEqual([1, 2, 3])
    expect(cached(spec('k1', [9], builds))).toEqual([1, 2, 3])
    expect(builds.n).toBe(1)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('misses when the inputs change, because their hash is the key', () => {
    const file = join(dir, 'data.yaml')
    writeFileSync(file, 'a: 1\n')
    const before = hashInputs([file], 'v1')
    writeFileSync(file, 'a: 2\n')
    expect(hashInputs([file], 'v1')).not.toBe(before)
    expect(hashInputs([file], 'v2')).not.toBe(hashInputs([file], 'v1'))
    expect(hashInputs([join(dir, 'missing.yaml')])).toMatch(/^[0-9a-f]{24}$/)
    const builds = { n: 0 }
    cached(spec(before, [1], builds))
    expect(cached(spec(hashInputs([file], 'v1'), [2], builds))).toEqual([2])
    expect(builds.n).toBe(2)
  })

  it('rebuilds a damaged entry instead of failing', () => {
    writeFileSync(join(dir, 'test-entry-k3.json'), '{"truncated": ')
    const builds = { n: 0 }
    expect(cached(spec('k3', [7], builds))).toEqual([7])
    writeFileSync(join(dir, 'test-entry-k3.json'), '{"not": "an array"}')
    expect(cached(spec('k3', [8], builds))).toEqual([8])
    expect(builds.n).toBe(2)
    expect(cached(spec('k3', [0], builds))).toEqual([8])
  })
})
