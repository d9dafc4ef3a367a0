import { describe, expect, it } from 'vitest'
import { availableLanguages } from '../languages/index.js'
import { segmentRules } from './rules.js'

describe('segment.yaml files', () => {
  it('validate for every language folder, and unknown codes fall back to _base', () => {
    for (const iso of [...availableLanguages(), 'und', 'xx', 'en-US']) {
      expect(() => segmentRules(iso)).not.toThrow()
    }
  })

  it('merge a language with _base', () => {
    const ru = segmentRules('ru')
    expect(ru.neverFinal.has('т.е')).toBe(true)
    expect(ru.neverFinal.has('dr')).toBe(true) // from _base
    expect(segmentRules('hy').weakTerminals.has(':')).toBe(true)
    expect(segmentRules('de').ordinalDot).toBe(true)
    expect(segmentRules('und').ordinalDot).toBe(false)
    expect(segmentRules('vi').initialsAfterName).toBe('split')
  })
})
