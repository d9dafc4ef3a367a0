import { describe, expect, it } from 'vitest'
import { clean } from './index.js'
import { linesOf, textDoc } from './test-helpers.js'

describe('clean on Markdown', () => {
  it('takes the markup off and keeps the text', () => {
    const body = [
      '---',
      'layout: post',
      'title: ignored front matter',
      '---',
      '# Talks in *Brussels*',
      '',
      'The leaders met with **Charles Michel** in [Brussels](https://example.org/brussels).',
      '![photo](https://example.org/p.jpg)',
      '> "We made progress," a diplomat said.',
      '- The border commissions will meet again.',
      '1. A second item with `code`.',
      '---',
    ].join('\n')
    expect(linesOf(clean(textDoc(body, { format: 'markdown' })).text)).toEqual([
      'Talks in Brussels',
      'The leaders met with Charles Michel in Brussels.',
      '"We made progress," a diplomat said.',
      'The border commissions will meet again.',
      'A second item with code.',
    ])
  })
})
