import { describe, expect, it } from 'vitest'
import { detectLanguage } from './index.js'

// Georgian reports (written for this test) are identified as 'ka', whatever a site-wide
// template declares; Georgian's own script settles it.
const REPORT =
  'სომხეთისა და აზერბაიჯანის საგარეო საქმეთა მინისტრები ალმათიში ყაზახეთის მასპინძლობით შეხვდნენ. ' +
  'მხარეებმა სამშვიდობო ხელშეკრულების ტექსტი და საზღვრის დელიმიტაციის საკითხები განიხილეს. ' +
  'შეხვედრის შემდეგ მინისტრებმა განაცხადეს, რომ მოლაპარაკებები გაგრძელდება.'
const HEADLINE = 'ფაშინიანი და ალიევი ვაშინგტონში შეხვდნენ'

describe('Georgian language identification', () => {
  it('reads a Georgian report as ka without metadata, with ka metadata and against a wrong declaration', () => {
    expect(detectLanguage(REPORT, null)).toBe('ka')
    expect(detectLanguage(REPORT, 'ka-GE')).toBe('ka')
    expect(detectLanguage(REPORT, 'en')).toBe('ka')
    expect(detectLanguage(REPORT, 'ru')).toBe('ka')
  })

  it('reads a Georgian headline as ka', () => {
    expect(detectLanguage(HEADLINE, null)).toBe('ka')
    expect(detectLanguage(HEADLINE, 'ka')).toBe('ka')
  })
})
