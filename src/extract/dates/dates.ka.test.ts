import { describe, expect, it } from 'vitest'
import { analyse, table } from './testkit.js'

// Georgian is data only (src/languages/ka/dates.yaml). Georgian has no capitals, so the
// test sentences are one per line (the test kit splits at a full stop before a capital).
describe('Georgian dates', () => {
  it('reads year-first dates with the month in any case', () => {
    // 2025-11-12 is a Wednesday
    const r = analyse(
      [
        'სამმხრივ განცხადებას ხელი 2020 წლის 10 ნოემბერს მოეწერა.',
        'მინისტრები 2023 წლის 19-20 სექტემბერს შეხვდნენ.',
        'ბრიუსელში შეხვედრა 2023 წლის ოქტომბერში გაიმართა.',
        'ყარაბაღის პირველი ომი 1994 წელს დასრულდა.',
        'ხელშეკრულების ტექსტი 13.03.2025 გამოქვეყნდა.',
      ].join('\n'),
      'ka',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ['2020 წლის 10 ნოემბერს', '2020-11-10', null],
      ['2023 წლის 19-20 სექტემბერს', '2023-09-19', '2023-09-20'],
      ['2023 წლის ოქტომბერში', '2023-10', null],
      ['1994 წელს', '1994', null],
      ['13.03.2025', '2025-03-13', null],
    ])
  })

  it('resolves relative words, weekdays and "ago" against the document date', () => {
    const r = analyse(
      [
        'გუშინ ბაქომ და ერევანმა ტყვეები გაცვალეს.',
        'დღეს მინისტრები კვლავ შეხვდებიან.',
        'ორშაბათს დელეგაცია თბილისში ჩავიდა.',
        'გასულ კვირას მხარეებმა ტექსტი შეათანხმეს.',
        'შარშან მოლაპარაკებები შეჩერდა.',
        'ორი კვირის წინ პრეზიდენტები სატელეფონო საუბარი გამართეს.',
        'მომავალ წელს ხელმოწერა იგეგმება.',
        '10 ნოემბრის განცხადება ჯერ კიდევ მოქმედებს.',
      ].join('\n'),
      'ka',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ['გუშინ', '2025-11-11', null],
      ['დღეს', '2025-11-12', null],
      ['ორშაბათს', '2025-11-10', null],
      ['გასულ კვირას', '2025-11-03', '2025-11-09'],
      ['შარშან', '2024', null],
      ['ორი კვირის წინ', '2025-10-29', null],
      ['მომავალ წელს', '2026', null],
      ['10 ნოემბრის', '2025-11-10', null],
    ])
  })

  it('joins a relative year with a day and a month, and reads modifiers after their date', () => {
    const r = analyse(
      ['ამ წლის 2 ივნისს მოლაპარაკებები განახლდა.', 'მაისის ბოლოს ახალი რაუნდი გაიმართება.', 'გასული წლის ნოემბერში ელჩები შეხვდნენ.'].join('\n'),
      'ka',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ['ამ წლის 2 ივნისს', '2025-06-02', null],
      ['მაისის ბოლოს', '2025-05', null],
      ['გასული წლის ნოემბერში', '2024-11', null],
    ])
    expect(r.dates[1]?.flags).not.toContain('since')
  })

  it('counts "the next day" and "the same day" from the date before', () => {
    const r = analyse(['მინისტრები 2023 წლის 5 ოქტომბერს გრანადაში ჩავიდნენ.', 'მეორე დღეს ალიევმა სამიტზე უარი თქვა.', 'იმავე დღეს ერევანმა განცხადება გაავრცელა.'].join('\n'), 'ka', '2025-11-12')
    expect(table(r)).toEqual([
      ['2023 წლის 5 ოქტომბერს', '2023-10-05', null],
      ['მეორე დღეს', '2023-10-06', null],
      ['იმავე დღეს', '2023-10-06', null],
    ])
  })

  it('reads "since", decades and ranges', () => {
    const r = analyse(
      ['2022 წლიდან მოყოლებული ომი გრძელდება.', '1990-იან წლებში ცეცხლის შეწყვეტა დაირღვა.', '10-დან 12 მაისამდე დელეგაციები ჟენევაში იმყოფებოდნენ.'].join('\n'),
      'ka',
      '2025-06-01',
    )
    expect(table(r)).toEqual([
      ['2022 წლიდან მოყოლებული', '2022', null],
      ['1990-იან წლებში', '1990', '1999'],
      ['10-დან 12 მაისამდე', '2025-05-10', '2025-05-12'],
    ])
    expect(r.dates[0]?.flags).toContain('since')
  })

  it('does not read "alone", "simple" or counts of people as dates', () => {
    const r = analyse(['მინისტრი მარტო ჩავიდა.', 'ეს მარტივი საკითხი არ არის.', 'საზღვარზე 2000 ჯარისკაცი დგას.'].join('\n'), 'ka', '2025-06-01')
    expect(table(r)).toEqual([])
  })
})
