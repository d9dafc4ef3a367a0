import { describe, expect, it } from 'vitest'
import { segment } from './index.js'

// Georgian segmentation data (src/languages/ka/segment.yaml); sentences written for this test.
const split = (text: string) => segment(text, 'ka').map((s) => text.slice(s.start, s.end))

describe('Georgian sentences', () => {
  it('splits at full stops although no sentence starts with a capital', () => {
    expect(split('მინისტრები ალმათიში შეხვდნენ. მხარეები შეთანხმდნენ ტყვეების გაცვლაზე.')).toEqual([
      'მინისტრები ალმათიში შეხვდნენ.',
      'მხარეები შეთანხმდნენ ტყვეების გაცვლაზე.',
    ])
  })

  it('keeps abbreviations and "წ." after a year inside the sentence', () => {
    expect(split('შეხვედრა 2024 წ. 10 ნოემბერს ქ. თბილისში გაიმართა. ე.წ. ეკოაქტივისტებმა გზა გადაკეტეს.')).toEqual([
      'შეხვედრა 2024 წ. 10 ნოემბერს ქ. თბილისში გაიმართა.',
      'ე.წ. ეკოაქტივისტებმა გზა გადაკეტეს.',
    ])
  })

  it('ends a sentence after "და ა.შ." (etc.), not inside it', () => {
    expect(split('განიხილეს საზღვარი, გზები და ა.შ. შეხვედრა ორ საათს გაგრძელდა.')).toEqual([
      'განიხილეს საზღვარი, გზები და ა.შ.',
      'შეხვედრა ორ საათს გაგრძელდა.',
    ])
  })
})
