import { describe, expect, it } from 'vitest'
import { clean } from './index.js'
import { linesOf, textDoc } from './test-helpers.js'

function cleanedLines(lines: readonly string[]): string[] {
  return linesOf(clean(textDoc(lines.join('\n'))).text)
}

const VI_REPORT = [
  'Armenia và Azerbaijan nhất trí tiếp tục đàm phán tại Berlin',
  'Ngày 29/2, ngoại trưởng Armenia Ararat Mirzoyan và ngoại trưởng Azerbaijan Jeyhun Bayramov kết thúc hai ngày hội đàm tại Berlin.',
  'Ngoại trưởng Đức Annalena Baerbock chủ trì cuộc gặp và đánh giá cao thiện chí của hai bên.',
  'Hai bên cho biết sẽ tiếp tục làm rõ các vấn đề còn tồn tại trong dự thảo hiệp ước hòa bình.',
]

describe('teaser lists after the report', () => {
  it('drops cards of other articles (title twice, then a cut snippet) and a list of doubled titles', () => {
    const teasers = [
      'Nga và Trung Quốc ký thỏa thuận về năng lượng',
      'Nga và Trung Quốc ký thỏa thuận về năng lượng',
      'Ngày 5/2, hai nước đã ký kết một loạt văn kiện hợp tác trong lĩnh vực dầu khí và ...',
      'Bão lớn đổ bộ miền Bắc Philippines',
      'Bão lớn đổ bộ miền Bắc Philippines',
      'Cơ quan khí tượng cho biết cơn bão đã gây mưa lớn tại nhiều tỉnh.',
      'Tin cũ hơn',
      'Giá vàng thế giới tăng mạnh trong tuần qua Giá vàng thế giới tăng mạnh trong tuần qua',
      'Bầu cử Quốc hội Nhật Bản: đảng cầm quyền giành đa số Bầu cử Quốc hội Nhật Bản: đảng cầm quyền giành đa số',
      'Hội nghị thượng đỉnh G20 khai mạc tại Rio de Janeiro Hội nghị thượng đỉnh G20 khai mạc tại Rio de Janeiro',
    ]
    expect(cleanedLines([...VI_REPORT, ...teasers])).toEqual(VI_REPORT)
  })

  it('drops a trailing run of unrelated headlines with no marks at all', () => {
    const report = [
      'Border commissions meet in Yerevan',
      'The border delimitation commissions of Armenia and Azerbaijan met in Yerevan on Tuesday, the Armenian deputy prime minister said.',
      'The two sides agreed on the coordinates of a further section of the border near the villages of Tavush.',
    ]
    const unrelated = ['Storm brings heavy snow to the Alps', 'Oil prices climb after OPEC decision', 'Football club appoints new coach', 'Museum reopens after renovation']
    expect(cleanedLines([...report, ...unrelated])).toEqual(report)
  })

  it('drops time-stamped teaser titles after a Russian report', () => {
    const report = ['Переговоры в Стамбуле', 'Делегации России и Украины провели первый за три года раунд прямых переговоров в Стамбуле.', 'Стороны договорились об обмене пленными по формуле «тысяча на тысячу».']
    const list = ['12:40 Курс рубля снизился к доллару', '11:15 В Москве открылся фестиваль кино', '10:02 Синоптики обещают тёплые выходные']
    expect(cleanedLines([...report, ...list])).toEqual(report)
  })

  it('drops a Turkish "next story" heading and a French "most read" list', () => {
    const tr = ['Bakanlar Almatı’da görüştü', 'Azerbaycan ve Ermenistan dışişleri bakanları barış anlaşması taslağını Almatı’da görüştü.', 'SIRADAKİ HABER', 'Borsa günü yükselişle tamamladı']
    expect(cleanedLines(tr)).toEqual(tr.slice(0, 2))
    const fr = ['Le texte de l’accord publié', 'Erevan et Bakou ont publié lundi le texte de leur accord de paix.', 'Les plus lus', 'Le prix du gazole repart à la hausse', 'Un festival de jazz annulé à Lyon', 'Tour de France : l’étape de montagne reportée']
    expect(cleanedLines(fr)).toEqual(fr.slice(0, 2))
  })
})

describe('read-more lead-ins inside the report', () => {
  it('drops "Читайте также" with the headline list under it, up to the next paragraph', () => {
    const lines = [
      'Пашинян и Алиев встретились в Гранаде',
      'Премьер-министр Армении и президент Азербайджана обсудили подготовку мирного договора.',
      'Читайте также:',
      'В Ереване прошёл международный кинофестиваль',
      'Курс драма укрепился',
      'По словам источника, следующая встреча может пройти в Брюсселе.',
    ]
    expect(cleanedLines(lines)).toEqual([lines[0], lines[1], lines[5]])
  })

  it('drops inline lead-ins in German, French, Azerbaijani and Armenian', () => {
    const lines = [
      'Grenzkommissionen einigen sich auf vier Dörfer',
      'Armenien übergibt vier unbewohnte Dörfer in der Region Tawusch an Aserbaidschan.',
      '➤ Mehr lesen: Neue Zugverbindung zwischen Wien und Budapest',
      'Lire aussi : La Bourse de Paris termine en hausse',
      'Həmçinin oxuyun: Bakıda yeni metro stansiyası açıldı',
      'Կարդացեք նաև՝ Երևանում բացվեց նոր թանգարան',
      'Jane Doe Read more',
      'Die Übergabe wurde von Protesten in der Region begleitet.',
    ]
    expect(cleanedLines(lines)).toEqual([lines[0], lines[1], lines[7]])
  })
})

describe('what must stay', () => {
  it('keeps subheadings and a cut-off last paragraph of the report', () => {
    const lines = [
      'Prisoner exchange agreed',
      'Armenia and Azerbaijan said they would exchange prisoners of war and work towards normalising relations.',
      'COP29 bid',
      'Armenia withdrew its bid to host the climate conference, paving the way for Baku.',
      'Reactions',
      'The European Union welcomed the joint statement of Armenia and Azerbaijan on prisoners and the climate',
    ]
    expect(cleanedLines(lines)).toEqual(lines)
  })

  it('keeps a title, its date line and the title repeated above the lead', () => {
    const lines = [
      'Ադրբեջանը անցակետ է տեղադրել Լաչինի միջանցքում',
      '10:30, 24 ապրիլ 2023',
      'Ադրբեջանը անցակետ է տեղադրել Լաչինի միջանցքում',
      'Ադրբեջանը անցակետ է տեղադրել Լաչինի միջանցքում:',
      'Ապրիլի 23-ին Ադրբեջանը Լաչինի միջանցքի մուտքի մոտ անցակետ տեղադրեց, հայտնում է գործակալությունը:',
    ]
    expect(cleanedLines(lines)).toEqual(lines)
  })

  it('keeps a bulleted summary and question subheadings', () => {
    const lines = [
      '- Aserbaidschan und Armenien haben in Washington eine Erklärung unterzeichnet.',
      '- Die Erklärung sieht einen Transitkorridor vor.',
      'Worum geht es?',
      'Es geht um die Region Bergkarabach und um die Grenze zwischen den beiden Staaten.',
      'Was folgt?',
      'Beide Parlamente müssen den Vertrag noch ratifizieren.',
    ]
    expect(cleanedLines(lines)).toEqual(lines)
  })

  it('never empties a document that is only short title-like lines', () => {
    const lines = ['Talks resume in Geneva', 'Ministers meet for second day', 'Border map discussed']
    expect(cleanedLines(lines)).toEqual(lines)
  })
})
