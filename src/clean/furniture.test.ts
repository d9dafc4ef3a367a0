import { describe, expect, it } from 'vitest'
import { availableLanguages, languageData } from '../languages/index.js'
import { compileFurniture, FurnitureSchema, furniture } from './furniture/data.js'
import { isFurnitureLine, readMoreForm } from './furniture/cues.js'
import { clean } from './index.js'
import { linesOf, textDoc } from './test-helpers.js'

const CORE_LANGUAGES = ['en', 'vi', 'ru', 'fr', 'de', 'tr', 'az', 'hy']

describe('furniture data', () => {
  it('has a valid furniture.yaml for the base and every core language', () => {
    expect(languageData('furniture', '_base', FurnitureSchema)).not.toBeNull()
    for (const iso of CORE_LANGUAGES) {
      expect(availableLanguages()).toContain(iso)
      const data = languageData('furniture', iso, FurnitureSchema)
      expect(data?.lines.length, iso).toBeGreaterThan(5)
      expect(data?.read_more.length, iso).toBeGreaterThan(2)
      expect(data?.list_headings.length, iso).toBeGreaterThan(2)
    }
  })

  it('rejects an invalid pattern', () => {
    expect(FurnitureSchema.safeParse({ patterns: ['(unclosed'] }).success).toBe(false)
  })

  it('works from data alone: a new language is a new file', () => {
    const data = compileFurniture([FurnitureSchema.parse({ lines: ['Compartir'], read_more: ['Lea también'] })])
    expect(isFurnitureLine('Compartir', data)).toBe(true)
    expect(readMoreForm('Lea también: Nueva ronda en Ginebra', data)).toBe('inline')
  })
})

describe('furniture lines', () => {
  const data = furniture()
  it.each([
    'Nhỏ Bình thường Lớn',
    'Cỡ chữ A- A A+',
    'Размер шрифта',
    'A- A A+',
    'Get the Caucasus Weekly in your inbox:',
    'Sign up for our daily newsletter',
    'Thảo luận',
    'Обсуждение',
    'Discussion',
    'Share this article',
    'Facebook Twitter Telegram WhatsApp',
    'Quảng cáo',
    'Реклама',
    'ADVERTISEMENT',
    '© 2024 Example News Agency. All rights reserved.',
    'Все права защищены.',
    'Tous droits réservés',
    'Alle Rechte vorbehalten.',
    'Tüm hakları saklıdır.',
    'YORUM EKLE',
    'Հետևեք մեզ։',
    'Bütün hüquqlar qorunur',
    'Tags: Armenia, Azerbaijan, peace talks',
    'Từ khóa: Armenia, Azerbaijan',
    '* * *',
    'https://example.org/news/123',
    'Inscrivez-vous à notre newsletter quotidienne',
    'Abonnieren Sie unseren Newsletter',
    '5 min read',
  ])('drops %s', (line) => {
    expect(isFurnitureLine(line, data)).toBe(true)
  })

  it.each([
    'The foreign ministers discussed the draft peace treaty in Washington.',
    'Sputnik',
    '8 August 2025 11:26 (UTC+04:00)',
    'Nagorno-Karabakh là gì?',
    'Discussions on the border continued in Brussels on Monday.',
    'Lớn hơn nhiều so với dự kiến, phái đoàn đã đến Baku.',
    'Share prices in Baku rose after the agreement was announced.',
    'Copyright law was not on the agenda of the talks.',
    '14:07, 25 ապրիլ 2023',
  ])('keeps %s', (line) => {
    expect(isFurnitureLine(line, data)).toBe(false)
  })
})

describe('furniture in documents', () => {
  it('drops widgets, prompts and footers around a Vietnamese report and keeps the report', () => {
    const body = [
      'Nhỏ Bình thường Lớn',
      'Ngoại trưởng Armenia và Azerbaijan gặp nhau tại Almaty',
      'Cỡ chữ A- A A+',
      'Ngày 10/5/2024, ngoại trưởng hai nước bắt đầu hai ngày đàm phán tại Almaty, Kazakhstan.',
      'Hai bên tiếp tục thảo luận dự thảo hiệp ước hòa bình.',
      'Chia sẻ',
      'Thảo luận',
    ].join('\n')
    expect(linesOf(clean(textDoc(body)).text)).toEqual([
      'Ngoại trưởng Armenia và Azerbaijan gặp nhau tại Almaty',
      'Ngày 10/5/2024, ngoại trưởng hai nước bắt đầu hai ngày đàm phán tại Almaty, Kazakhstan.',
      'Hai bên tiếp tục thảo luận dự thảo hiệp ước hòa bình.',
    ])
  })

  it('drops a newsletter prompt in the middle of an English report', () => {
    const body = [
      'Ministers to meet in Washington',
      'The foreign ministers of Armenia and Azerbaijan will meet in Washington next week, a US official said.',
      'Get the Caucasus Weekly in your inbox:',
      'The official said the talks would focus on the border and on the Lachin corridor.',
      'Sign up for our newsletter',
    ].join('\n')
    const out = clean(textDoc(body))
    expect(linesOf(out.text)).toHaveLength(3)
    expect(out.text).not.toMatch(/inbox|newsletter/)
    expect(out.messages.map((m) => m.ruleId)).toContain('furniture-dropped')
  })

  it('drops a Russian font widget, ad label and discussion footer', () => {
    const body = 'Размер шрифта\nПереговоры в Стамбуле завершились\nДелегации России и Украины договорились об обмене пленными.\nРеклама\nСтороны пообещали продолжить контакты.\nОбсуждение'
    expect(linesOf(clean(textDoc(body)).text)).toEqual([
      'Переговоры в Стамбуле завершились',
      'Делегации России и Украины договорились об обмене пленными.',
      'Стороны пообещали продолжить контакты.',
    ])
  })
})
