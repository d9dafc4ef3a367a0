import { describe, expect, it } from 'vitest'
import { analyse, mention, table, valueOf } from './testkit.js'

describe('Turkish dates', () => {
  it('reads dates with case endings, ranges and relative words', () => {
    const r = analyse(
      "Üçlü bildiri 10 Kasım 2020 tarihinde imzalandı. Görüşmeler 10-11 Mayıs 2024 tarihlerinde yapıldı. " +
        "Liderler 31 Ağustos'ta Brüksel'de görüştü. Geçen yıl anlaşma sağlanamadı. Almatı Deklarasyonu 1991’de imzalandı. " +
        'İki hafta önce Münih’te bir araya geldiler. Görüşmelere yarın devam edilecek.',
      'tr',
      '2024-05-20',
    )
    expect(table(r)).toEqual([
      ['10 Kasım 2020 tarihinde', '2020-11-10', null],
      ['10-11 Mayıs 2024 tarihlerinde', '2024-05-10', '2024-05-11'],
      ["31 Ağustos'ta", '2023-08-31', null],
      ['Geçen yıl', '2023', null],
      ['1991’de', '1991', null],
      ['İki hafta önce', '2024-05-06', null],
      ['yarın', '2024-05-21', null],
    ])
  })

  it('reads modifiers after the date and capitalised weekdays only', () => {
    const r = analyse('Mayıs sonunda taslak hazırlandı. Bakanlar Pazartesi günü görüştü. Köy pazarı kuruldu.', 'tr', '2024-06-05')
    expect(mention(r, 'Mayıs sonunda').flags).toContain('late')
    expect(valueOf(r, 'Mayıs sonunda')).toBe('2024-05')
    expect(valueOf(r, 'Pazartesi günü')).toBe('2024-06-03')
    expect(r.dates).toHaveLength(2)
  })
})

describe('Azerbaijani dates', () => {
  it('reads years with ordinal endings and both word orders', () => {
    const r = analyse(
      'Protokol 19 aprel 2024-cü il tarixində imzalanıb. Bəyanat 10 noyabr 2020-ci il tarixlidir. ' +
        '2020-ci il 10 noyabr tarixli üçtərəfli Bəyanat. Keçid məntəqəsi aprelin 23-ü quruldu. Ötən il saziş paraflandı. ' +
        'Referendum 2026-cı ilin iyununa planlaşdırılır. Paşinyan 2024-cü ildə bəyan edib.',
      'az',
      '2026-02-13',
    )
    expect(table(r)).toEqual([
      ['19 aprel 2024-cü il tarixində', '2024-04-19', null],
      ['10 noyabr 2020-ci il', '2020-11-10', null],
      ['2020-ci il 10 noyabr tarixli', '2020-11-10', null],
      ['aprelin 23-ü', '2025-04-23', null],
      ['Ötən il', '2025', null],
      ['2026-cı ilin iyununa', '2026-06', null],
      ['2024-cü ildə', '2024', null],
    ])
  })

  it('does not take "maydan" (square) for May', () => {
    const r = analyse('Azadlıq maydanında mitinq keçirildi. Bu gün sərhəd müəyyən edildi.', 'az', '2024-05-24')
    expect(r.dates.map((d) => d.text)).toEqual(['Bu gün'])
    expect(valueOf(r, 'Bu gün')).toBe('2024-05-24')
  })
})

describe('Armenian dates', () => {
  it('reads year-first dates with թ., genitive months and day endings', () => {
    const r = analyse(
      '2020 թ. նոյեմբերի 10-ին ստորագրվեց եռակողմ հայտարարությունը։ Հայաստանն ու Ադրբեջանը օգոստոսի 8-ին նախաստորագրեցին համաձայնագիրը։ ' +
        'Անցյալ տարի բանակցությունները շարունակվեցին։ Երկու շաբաթ առաջ անցակետ տեղադրվեց։ Հրադադարը կնքվել է 1994 թվականին։',
      'hy',
      '2025-08-11',
    )
    expect(table(r)).toEqual([
      ['2020 թ. նոյեմբերի 10-ին', '2020-11-10', null],
      ['օգոստոսի 8-ին', '2025-08-08', null],
      ['Անցյալ տարի', '2024', null],
      ['Երկու շաբաթ առաջ', '2025-07-28', null],
      ['1994 թվականին', '1994', null],
    ])
  })

  it('takes a short dated first line as the document date and keeps "մարտ" (battle) apart', () => {
    const r = analyse('14:07, 25 ապրիլ 2023\nԱնցակետը տեղադրվել է ապրիլի 23-ին։ Մարտական գործողություններ չկան։ Մարտ սկսվեց։', 'hy', null)
    expect(r.published).toEqual({ value: '2023-04-25', precision: 'day', inferred: true })
    expect(valueOf(r, 'ապրիլի 23-ին')).toBe('2023-04-23')
    expect(r.dates).toHaveLength(2)
  })
})
