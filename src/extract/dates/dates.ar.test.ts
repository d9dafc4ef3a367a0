import { describe, expect, it } from 'vitest'
import { analyse, table } from './testkit.js'

// Arabic dates are data only (src/languages/ar/dates.yaml). Arabic has no capitals, so
// the test texts put one sentence on a line. 2025-11-12 is a Wednesday.
const lines = (...xs: string[]) => xs.join('\n')

describe('Arabic dates', () => {
  it('reads the Gulf, Levantine and double month names', () => {
    const r = analyse(
      lines(
        'ووقع الطرفان البيان الثلاثي في 10 نوفمبر 2020.',
        'وفي 8 آب/أغسطس 2025 وقع الزعيمان الإعلان المشترك.',
        'وانتهت الحرب في تشرين الثاني 2020.',
        'وفي 19/9/2023 بدأت العملية العسكرية.',
        'وجرت المحادثات يوم الثلاثاء 4 مارس 2025.',
      ),
      'ar',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ['10 نوفمبر 2020', '2020-11-10', null],
      ['8 آب/أغسطس 2025', '2025-08-08', null],
      ['تشرين الثاني 2020', '2020-11', null],
      ['19/9/2023', '2023-09-19', null],
      ['يوم الثلاثاء 4 مارس 2025', '2025-03-04', null],
    ])
  })

  it('resolves relative words against the publication date', () => {
    const r = analyse(
      lines(
        'والتقى الوزيران يوم الاثنين في جنيف.',
        'وزار الرئيس باكو أمس.',
        'وعقد الاجتماع الأسبوع الماضي.',
        'وسيلتقيان الشهر المقبل.',
        'وقبل ثلاثة أيام قصفت القوات القرية.',
        'وقبل يومين أعلنت الوزارة ذلك.',
        'ويصل الوفد اليوم.',
        'وتبادلا الأسرى العام الماضي.',
      ),
      'ar',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ['يوم الاثنين', '2025-11-10', null],
      ['أمس', '2025-11-11', null],
      ['الأسبوع الماضي', '2025-11-03', '2025-11-09'],
      ['الشهر المقبل', '2025-12', null],
      ['وقبل ثلاثة أيام', '2025-11-09', null],
      ['وقبل يومين', '2025-11-10', null],
      ['اليوم', '2025-11-12', null],
      ['العام الماضي', '2024', null],
    ])
  })

  it('reads modifiers before the date, "منذ" as since, ranges and the next day', () => {
    const r = analyse(
      lines(
        'وفي مطلع ديسمبر الماضي تبادل الطرفان الأسرى.',
        'ومنذ عام 1994 يسري وقف إطلاق النار.',
        'وجرت المحادثات من 10 إلى 12 مايو 2024.',
        'وفي أواخر العام الماضي بدأت المفاوضات.',
        'ووقع الاتفاق في 9 نوفمبر 2020 ودخل حيز التنفيذ في اليوم التالي.',
      ),
      'ar',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ['مطلع ديسمبر الماضي', '2024-12', null],
      ['ومنذ عام 1994', '1994', null],
      ['10 إلى 12 مايو 2024', '2024-05-10', '2024-05-12'],
      ['أواخر العام الماضي', '2024', null],
      ['9 نوفمبر 2020', '2020-11-09', null],
      ['في اليوم التالي', '2020-11-10', null],
    ])
    expect(r.dates.map((d) => d.flags.includes('since'))).toEqual([false, true, false, false, false, false])
  })

  it('takes no quantity, verb or word for a date', () => {
    const r = analyse(lines('ووقع 2000 شخص على العريضة.', 'ومارس الضغط على يريفان.', 'وعاد الأب إلى منزله.'), 'ar', '2025-11-12')
    expect(table(r)).toEqual([])
  })
})

describe('digits of other scripts', () => {
  it('reads Arabic-Indic and Persian digits as numbers', () => {
    const r = analyse(lines('ووقع الطرفان البيان الثلاثي في ١٠ نوفمبر ٢٠٢٠.', 'وفي ١٩/٩/٢٠٢٣ بدأت العملية العسكرية.', 'وجرت المحادثات في ۸ مارس ۲۰۲۵.'), 'ar', '2025-11-12')
    expect(table(r)).toEqual([
      ['١٠ نوفمبر ٢٠٢٠', '2020-11-10', null],
      ['١٩/٩/٢٠٢٣', '2023-09-19', null],
      ['۸ مارس ۲۰۲۵', '2025-03-08', null],
    ])
  })
})
