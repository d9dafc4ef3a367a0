import { describe, expect, it } from 'vitest'
import { analyse, mention, table, valueOf } from './testkit.js'

describe('Russian dates', () => {
  it('reads inflected months, years with года/году and relative words', () => {
    // 2025-11-12 is a Wednesday
    const r = analyse(
      'Заявление было подписано 10 ноября 2020 года. Первый раунд прошёл 16 мая, второй 19 сентября. ' +
        'В прошлом году стороны обменялись пленными. В конце мая делегации встретились. ' +
        'В понедельник Умеров прилетел в Стамбул. Перемирие заключено в 1994 году. Встреча прошла 8 августа.',
      'ru',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ['10 ноября 2020 года', '2020-11-10', null],
      ['16 мая', '2025-05-16', null],
      ['19 сентября', '2025-09-19', null],
      ['В прошлом году', '2024', null],
      ['В конце мая', '2025-05', null],
      ['В понедельник', '2025-11-10', null],
      ['1994 году', '1994', null],
      ['8 августа', '2025-08-08', null],
    ])
    expect(mention(r, 'В конце мая').flags).toContain('late')
  })

  it('reads genitive relative years, ranges, decades and dotted dates', () => {
    const r = analyse('В мае прошлого года переговоры прервались. С 1992 по 1994 год шла война. В 1990-х годах. Документ от 08.08.2025 г.', 'ru', '2025-11-12')
    expect(valueOf(r, 'мае прошлого года')).toBe('2024-05')
    expect(mention(r, 'С 1992 по 1994 год').until?.value).toBe('1994')
    expect(mention(r, '1990-х годах').flags).toContain('decade')
    expect(valueOf(r, '08.08.2025 г.')).toBe('2025-08-08')
  })

  it('does not read "среда" (environment) or "1000 на 1000" as dates', () => {
    const r = analyse('Окружающая среда пострадала. Обмен прошёл по формуле 1000 на 1000.', 'ru', '2025-11-12')
    expect(r.dates).toEqual([])
  })
})

describe('French dates', () => {
  it('reads le 1er mai, months with years and relative words', () => {
    // 2025-08-11 is a Monday
    const r = analyse(
      "L'accord a été conclu vendredi. Le texte a été publié lundi. Le 1er mai, les ministres se sont parlé. " +
        "Le cessez-le-feu du 10 novembre 2020 tient. En septembre 2023, l'offensive a eu lieu. L'année dernière, rien.",
      'fr',
      '2025-08-11',
    )
    expect(table(r)).toEqual([
      ['vendredi', '2025-08-08', null],
      ['lundi', '2025-08-11', null],
      ['Le 1er mai', '2025-05-01', null],
      ['10 novembre 2020', '2020-11-10', null],
      ['septembre 2023', '2023-09', null],
      ["L'année dernière", '2024', null],
    ])
  })

  it('reads seasons, decades, ranges and weekday spans', () => {
    const r = analyse(
      "L'Azerbaïdjan a pris sa revanche à l'automne 2020. Les combats du début des années 1990 ont fait 30 000 morts. " +
        'Les pourparlers ont eu lieu du 10 au 12 mai 2024. Il l’a annoncé dans la nuit de lundi à mardi.',
      'fr',
      '2020-11-09',
    )
    expect(mention(r, "l'automne 2020").flags).toContain('season')
    expect(valueOf(r, "l'automne 2020")).toBe('2020')
    expect(mention(r, 'début des années 1990').flags).toEqual(expect.arrayContaining(['early', 'decade']))
    expect(mention(r, 'du 10 au 12 mai 2024').until?.value).toBe('2024-05-12')
    expect(mention(r, 'de lundi à mardi').date?.value).toBe('2020-11-09')
    expect(mention(r, 'de lundi à mardi').until?.value).toBe('2020-11-10')
  })

  it('takes "ce vendredi 29 septembre" as the day of the report', () => {
    const r = analyse('La république a annoncé jeudi sa dissolution au 1er janvier 2024. Sur des images publiées ce vendredi 29 septembre, des files de voitures.', 'fr', null)
    expect(r.published).toEqual({ value: '2023-09-29', precision: 'day', inferred: true })
    expect(valueOf(r, 'jeudi')).toBe('2023-09-28')
  })
})

describe('German dates', () => {
  it('reads day numbers with a dot, months with years and relative words', () => {
    // 2024-05-24 is a Friday
    const r = analyse(
      'Am 29. Februar trafen sich die Minister. Im September 2023 eroberte Aserbaidschan die Region. ' +
        'Das Abkommen vom 10. November 2020 gilt. Letztes Jahr gab es keine Einigung. Am Montag begannen Gespräche.',
      'de',
      '2024-05-24',
    )
    expect(table(r)).toEqual([
      ['29. Februar', '2024-02-29', null],
      ['September 2023', '2023-09', null],
      ['10. November 2020', '2020-11-10', null],
      ['Letztes Jahr', '2023', null],
      ['Montag', '2024-05-20', null],
    ])
  })

  it('reads genitive years, Vorjahr, seasons, and morgen only in lower case', () => {
    const r = analyse(
      'Im Dezember vergangenen Jahres wurde die Straße blockiert. Im Vorjahr verlor Armenien die Region, bis im Herbst 2023. ' +
        'Am Morgen kamen sie an. Die Gespräche sollen morgen beginnen. Vergangenen Dienstag starb ein Mann.',
      'de',
      '2023-08-10',
    )
    expect(valueOf(r, 'Dezember vergangenen Jahres')).toBe('2022-12')
    expect(valueOf(r, 'Im Vorjahr')).toBe('2022')
    expect(valueOf(r, 'Herbst 2023')).toBe('2023')
    expect(valueOf(r, 'morgen')).toBe('2023-08-11')
    expect(r.dates.some((d) => d.text === 'Morgen')).toBe(false)
    expect(valueOf(r, 'Vergangenen Dienstag')).toBe('2023-08-08')
  })

  it('gives the document date itself, flagged, when it is coarser than the expression', () => {
    const r = analyse('Streitkräfte haben am Dienstag angegriffen. Heute einigte man sich auf eine Feuerpause.', 'de', '2023-09')
    expect(mention(r, 'Dienstag').date).toEqual({ value: '2023-09', precision: 'month' })
    expect(mention(r, 'Heute').flags).toContain('coarse-anchor')
  })
})
