import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_SENTENCE, segment } from './index.js'

const sentences = (text: string, language: string): string[] =>
  segment(text, language).map((s) => text.slice(s.start, s.end))

// [language, input, expected sentences]: sentences written for these tests.
const TABLE: [string, string, string[]][] = [
  ['en', 'Dr. Thomas met Mr. Blinken at 10 a.m. on Monday. The talks lasted three days.',
    ['Dr. Thomas met Mr. Blinken at 10 a.m. on Monday.', 'The talks lasted three days.']],
  ['en', 'U.S. Secretary of State Antony Blinken hosted the ministers. They met in Arlington.',
    ['U.S. Secretary of State Antony Blinken hosted the ministers.', 'They met in Arlington.']],
  ['en', 'The summit was held in the U.S. The leaders signed a joint declaration.',
    ['The summit was held in the U.S.', 'The leaders signed a joint declaration.']],
  ['en', 'On Aug. 8 Donald J. Trump hosted the two leaders. Turnout rose 3.5 percent.',
    ['On Aug. 8 Donald J. Trump hosted the two leaders.', 'Turnout rose 3.5 percent.']],
  ['en', '"We will not sign under pressure," the minister said. "Talks continue." Then he left.',
    ['"We will not sign under pressure," the minister said.', '"Talks continue."', 'Then he left.']],
  ['en', 'The statement was signed on 10.11.2020 (after six weeks of war). Peacekeepers arrived…  Roads reopened later.',
    ['The statement was signed on 10.11.2020 (after six weeks of war).', 'Peacekeepers arrived…', 'Roads reopened later.']],
  ['en', 'Armenia and Azerbaijan agree on border villages\nYEREVAN, April 19 - The two sides agreed on a first section.',
    ['Armenia and Azerbaijan agree on border villages', 'YEREVAN, April 19 - The two sides agreed on a first section.']],
  ['en', 'It was... fine, the spokesman said. Talks go on.',
    ['It was... fine, the spokesman said.', 'Talks go on.']],
  ['en', 'He said the talks were [...] constructive. Another round is planned.',
    ['He said the talks were [...] constructive.', 'Another round is planned.']],
  ['vi', 'TS. Nguyễn Văn Hùng cho biết hai bên đã nhất trí. TP. Hồ Chí Minh đón đoàn vào ngày 10.11.2020.',
    ['TS. Nguyễn Văn Hùng cho biết hai bên đã nhất trí.', 'TP. Hồ Chí Minh đón đoàn vào ngày 10.11.2020.']],
  ['vi', 'Người phát ngôn là ông Nguyễn Văn A. Ông cho biết cuộc gặp diễn ra tại TP.HCM.',
    ['Người phát ngôn là ông Nguyễn Văn A.', 'Ông cho biết cuộc gặp diễn ra tại TP.HCM.']],
  ['vi', 'Ông D. Trump chủ trì cuộc gặp. Hai nhà lãnh đạo ký tuyên bố chung!',
    ['Ông D. Trump chủ trì cuộc gặp.', 'Hai nhà lãnh đạo ký tuyên bố chung!']],
  ['ru', 'Н. Пашинян и И. Алиев встретились в г. Вашингтон. Переговоры, т.е. встреча министров, продолжатся.',
    ['Н. Пашинян и И. Алиев встретились в г. Вашингтон.', 'Переговоры, т.е. встреча министров, продолжатся.']],
  ['ru', 'Заявление подписано в 2020 г. Миротворцы вошли в Лачинский коридор.',
    ['Заявление подписано в 2020 г.', 'Миротворцы вошли в Лачинский коридор.']],
  ['ru', 'Встреча прошла на ул. Тверской. Обсуждали границы, пленных и т.д. Итогов нет.',
    ['Встреча прошла на ул. Тверской.', 'Обсуждали границы, пленных и т.д.', 'Итогов нет.']],
  ['ru', '«Мы не согласимся на это», — заявил министр. Он уехал в Москву.',
    ['«Мы не согласимся на это», — заявил министр.', 'Он уехал в Москву.']],
  ['fr', '« Nous ne signerons pas sous la pression. » Le ministre a quitté la salle. M. Macron a reçu M. Pachinian.',
    ['« Nous ne signerons pas sous la pression. »', 'Le ministre a quitté la salle.', 'M. Macron a reçu M. Pachinian.']],
  ['fr', 'Les négociations ont-elles échoué ? Pas encore, selon Erevan.',
    ['Les négociations ont-elles échoué ?', 'Pas encore, selon Erevan.']],
  ['de', 'Am 10. November 2020 endete der Krieg. Die Minister trafen sich z. B. in Berlin.',
    ['Am 10. November 2020 endete der Krieg.', 'Die Minister trafen sich z. B. in Berlin.']],
  ['de', 'Das Treffen fand im Jahr 2024. Danach ging es weiter. Die Kosten lagen bei 5 Mio. Euro.',
    ['Das Treffen fand im Jahr 2024.', 'Danach ging es weiter.', 'Die Kosten lagen bei 5 Mio. Euro.']],
  ['de', '„Wir sind bereit.“ Das sagte Baerbock am 29. Februar. Dr. Weber stimmte zu.',
    ['„Wir sind bereit.“', 'Das sagte Baerbock am 29. Februar.', 'Dr. Weber stimmte zu.']],
  ['hy', 'Ն. Փաշինյանը և Ի. Ալիևը հանդիպեցին Վաշինգտոնում։ 2020 թ. նոյեմբերի 9-ին ստորագրվեց հայտարարություն։',
    ['Ն. Փաշինյանը և Ի. Ալիևը հանդիպեցին Վաշինգտոնում։', '2020 թ. նոյեմբերի 9-ին ստորագրվեց հայտարարություն։']],
  ['hy', 'Ինչո՞ւ Բաքուն չհամաձայնեց: Այդ մասին հայտնեց նախարարը: Բանակցությունները շարունակվում են',
    ['Ինչո՞ւ Բաքուն չհամաձայնեց:', 'Այդ մասին հայտնեց նախարարը:', 'Բանակցությունները շարունակվում են']],
  ['tr', 'Prof. Dr. Ahmet Yılmaz açıklama yaptı. 2. Dünya Savaşı sonrası sınırlar tartışıldı.',
    ['Prof. Dr. Ahmet Yılmaz açıklama yaptı.', '2. Dünya Savaşı sonrası sınırlar tartışıldı.']],
  ['tr', 'Bakanlar 10.05.2024 tarihinde Almatı’da görüştü. Bu görüşme iki gün sürdü, vb. Sonuç açıklanmadı.',
    ['Bakanlar 10.05.2024 tarihinde Almatı’da görüştü.', 'Bu görüşme iki gün sürdü, vb.', 'Sonuç açıklanmadı.']],
  ['az', 'Prof. Əliyev çıxış etdi. Nazirlər Almatıda görüşdülər, sərhəd, sülh və s. məsələləri müzakirə etdilər.',
    ['Prof. Əliyev çıxış etdi.', 'Nazirlər Almatıda görüşdülər, sərhəd, sülh və s. məsələləri müzakirə etdilər.']],
  ['az', 'C. Bayramov və A. Mirzoyan görüşdülər. Danışıqlar 3.5 saat çəkdi.',
    ['C. Bayramov və A. Mirzoyan görüşdülər.', 'Danışıqlar 3.5 saat çəkdi.']],
]

describe('segment (table)', () => {
  for (const [language, input, expected] of TABLE) {
    it(`${language}: ${input.slice(0, 50)}`, () => {
      expect(sentences(input, language)).toEqual(expected)
    })
  }

  it('uses _base for a language without a file', () => {
    expect(sentences('Dr. Smith arrived. He left.', 'sw')).toEqual(['Dr. Smith arrived.', 'He left.'])
    expect(sentences('Dr. Smith arrived. He left.', 'und')).toEqual(['Dr. Smith arrived.', 'He left.'])
  })

  it('gives offsets into the text and numbers sentences in order', () => {
    const text = '  First line here.  \n\n Second one. Third!\n'
    const out = segment(text, 'en')
    expect(out).toEqual([
      { start: 2, end: 18, index: 0 },
      { start: 23, end: 34, index: 1 },
      { start: 35, end: 41, index: 2 },
    ])
  })

  it('says nothing for blank text', () => {
    expect(segment('', 'en')).toEqual([])
    expect(segment(' \n\t\n ', 'en')).toEqual([])
  })
})

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch)

/** The first broken invariant, or null (plain checks: calling expect per character is slow). */
function brokenInvariant(text: string, language: string): string | null {
  const out = segment(text, language)
  const covered = new Uint8Array(text.length)
  for (const [i, s] of out.entries()) {
    const next = out[i + 1]
    if (s.index !== i) return `index ${s.index} at ${i}`
    if (s.end <= s.start) return `empty span ${i}`
    if (text.slice(s.start, s.end).includes('\n')) return `span ${i} crosses a line break`
    if (isSpace(text[s.start]) || isSpace(text[s.end - 1])) return `span ${i} not trimmed`
    if (next !== undefined && s.end > next.start) return `span ${i} overlaps the next`
    covered.fill(1, s.start, s.end)
  }
  for (let i = 0; i < text.length; i++) if (!isSpace(text[i]) && covered[i] !== 1) return `char ${i} not covered`
  return null
}

function checkInvariants(text: string, language: string): void {
  expect(brokenInvariant(text, language)).toBeNull()
}

const PIECES = [
  'a', 'B', 'word', 'Slovo', 'слово', 'Лачин', 'Բաքու', 'Ն', 'đàm', 'Ə', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\r',
  '.', '. ', '!', '?', '…', '...', '«', '»', '"', '“', '”', '„', '(', ')', '[', ']', '։', ':', '՞', ',', '—',
  '3', '3.5', '10.11.2020', '10.', 'Dr.', 'U.S.', 'т.е.', 'z. B.', 'TP.', 'թ.', 'г.', 'a.m.', '😀',
]

describe('segment (properties)', () => {
  it('gives ordered, non-overlapping, trimmed, non-empty spans that cover the text', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''))
    const language = fc.constantFrom('en', 'vi', 'ru', 'fr', 'de', 'hy', 'tr', 'az', 'und')
    fc.assert(fc.property(text, language, (t, l) => checkInvariants(t, l)), { numRuns: 400 })
  })

  it('keeps the invariants on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => checkInvariants(t, 'en')), { numRuns: 200 })
  })

  it('keeps the invariants across chunk cuts of long lines', () => {
    const long = fc.array(fc.constantFrom(...PIECES.filter((p) => !p.includes('\n'))), { minLength: 900, maxLength: 1400 })
    fc.assert(fc.property(long.map((parts) => parts.join('')), (t) => checkInvariants(t, 'ru')), { numRuns: 20 })
  })
})

describe('segment (long lines)', () => {
  it('segments a 500 KB single line', () => {
    const sentence = 'The ministers met in Almaty on 10 May 2024 and agreed to continue the talks. '
    const text = sentence.repeat(Math.ceil(500_000 / sentence.length))
    const out = segment(text, 'en')
    expect(out.length).toBe(Math.ceil(500_000 / sentence.length))
    expect(text.slice(out[1]?.start, out[1]?.end)).toBe(sentence.trim())
  })

  it('joins the pieces of a sentence cut between chunks (up to the sentence bound)', () => {
    const text = 'Dr. Smith met Mr. Jones in the U.S. capital. '.repeat(400)
    const out = sentences(text, 'en')
    expect(out.length).toBe(400)
    expect(new Set(out)).toEqual(new Set(['Dr. Smith met Mr. Jones in the U.S. capital.']))
    const words = 'the talks went on without any pause or stop '.repeat(40).trim()
    expect(words.length).toBeGreaterThan(1000)
    expect(segment(words, 'en')).toEqual([{ start: 0, end: words.length, index: 0 }])
  })
})

describe('segment (the sentence bound)', () => {
  const lengths = (text: string) => segment(text, 'en').map((s) => s.end - s.start)

  it('cuts an endless sentence after a clause mark, into pieces of half to the whole bound', () => {
    const text = `${'Armenia and Azerbaijan held talks in Brussels, '.repeat(1600)}end.`
    const out = sentences(text, 'en')
    expect(out.length).toBeGreaterThan(text.length / MAX_SENTENCE)
    expect(out.every((s) => s.length <= MAX_SENTENCE)).toBe(true)
    expect(out.slice(0, -1).every((s) => s.length >= MAX_SENTENCE / 2 && s.endsWith(','))).toBe(true)
    checkInvariants(text, 'en')
  })

  it('cuts at white space when there is no clause mark, anywhere when there is no space, never inside a surrogate pair', () => {
    const words = 'the talks went on without any pause or stop '.repeat(300).trim()
    expect(lengths(words).every((n) => n <= MAX_SENTENCE && n > 0)).toBe(true)
    expect(sentences(words, 'en').every((s) => /^the\b|^\w/.test(s) && !s.includes('  '))).toBe(true)
    expect(lengths('x'.repeat(500_000))).toEqual(Array.from({ length: 250 }, () => MAX_SENTENCE))
    const emoji = '😀'.repeat(3000)
    const pieces = sentences(emoji, 'en')
    expect(pieces.join('')).toBe(emoji)
    expect(pieces.every((p) => p.length <= MAX_SENTENCE && p.length % 2 === 0)).toBe(true)
  })

  it('keeps the invariants on long lines of any pieces', () => {
    const long = fc.array(fc.constantFrom(...PIECES.filter((p) => !p.includes('\n') && !'.!?…։'.includes(p.trim()))), { minLength: 1500, maxLength: 3000 })
    fc.assert(fc.property(long.map((parts) => parts.join('')), (t) => {
      checkInvariants(t, 'en')
      expect(lengths(t).every((n) => n <= MAX_SENTENCE)).toBe(true)
    }), { numRuns: 20 })
  })
})
