import { describe, expect, it } from 'vitest'
import { detectLanguage } from './index.js'

// Reports in Arabic (written for this test) are identified as 'ar', with or without metadata.
const REPORT =
  'التقى وزيرا خارجية أرمينيا وأذربيجان في برلين في نهاية فبراير 2024. وقالت الوزيرة الألمانية المضيفة إن الوفدين ' +
  'أحرزا تقدما، لكن عدة مسائل لا تزال عالقة. واتفقت يريفان وباكو على مواصلة المحادثات بشأن نص معاهدة السلام.'

describe('Arabic language identification', () => {
  it('identifies a report from its text', () => {
    expect(detectLanguage(REPORT, null)).toBe('ar')
    expect(detectLanguage('وقعت أرمينيا وأذربيجان إعلانا مشتركا في البيت الأبيض.', null)).toBe('ar')
  })

  it('keeps a declared ar and overrules a site-wide en', () => {
    expect(detectLanguage(REPORT, 'ar-SA')).toBe('ar')
    expect(detectLanguage(REPORT, 'en')).toBe('ar')
  })
})
