import { describe, expect, it } from 'vitest'
import { KeyCache, keyOf } from './key-cache.js'

const rows = (...ids: string[]) => ids.map((id) => [id, '2024-01-01', '2024-01-31'] as const)

describe('KeyCache', () => {
  it('holds what was read, and follows what is filed and dropped under held keys only', () => {
    const cache = new KeyCache(100)
    const meet = keyOf('CONSULT', '2024-01', 'ARM')
    cache.hold(meet, rows('c1', 'c2'))
    cache.filed(meet, 'c3', '2024-01-10', '2024-01-10')
    cache.filed(keyOf('CONSULT', '2024-01', 'AZE'), 'c3', '2024-01-10', '2024-01-10')
    cache.dropped(meet, 'c1')
    cache.dropped(meet, 'c9')
    expect(cache.get(meet)).toEqual({ ids: ['c2', 'c3'], lo: ['2024-01-01', '2024-01-10'], hi: ['2024-01-31', '2024-01-10'] })
    expect(cache.get(keyOf('CONSULT', '2024-01', 'AZE'))).toBeUndefined()
    expect(cache.size).toBe(2)
  })

  it('drops the keys read longest ago past its limit of filed clusters', () => {
    const cache = new KeyCache(5)
    cache.hold('a', rows('c1', 'c2'))
    cache.hold('b', rows('c3'))
    // (each key counts one more than its clusters: 3 + 2 + 2 = 7 > 5, so 'a', read first, goes)
    cache.hold('c', rows('c4'))
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('b')?.ids).toEqual(['c3'])
    expect(cache.get('c')?.ids).toEqual(['c4'])
    cache.filed('c', 'c5', '2024-02-01', '2024-02-01')
    expect(cache.get('b')?.ids).toEqual(['c3'])
    cache.filed('c', 'c6', '2024-02-02', '2024-02-02')
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('c')?.ids).toEqual(['c4', 'c5', 'c6'])
    expect(cache.size).toBe(3)
  })

  it('forgets everything when cleared', () => {
    const cache = new KeyCache(10)
    cache.hold('a', rows('c1'))
    cache.clear()
    expect(cache.get('a')).toBeUndefined()
    expect(cache.size).toBe(0)
  })
})
