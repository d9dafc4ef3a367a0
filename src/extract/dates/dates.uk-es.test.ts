import { describe, expect, it } from 'vitest'
import { analyse, table } from './testkit.js'

// Languages added as data only (no code knows them).
describe('Ukrainian and Spanish dates', () => {
  it('Ukrainian: cases, years with року/році, relative words', () => {
    // 2025-11-12 is a Wednesday
    const r = analyse(
      'Заяву підписали 10 листопада 2020 року. У понеділок делегація прибула до Стамбула. Торік сторони обмінялися полоненими. ' +
        'Наприкінці травня відбувся раунд. Перемир’я уклали у 1994 році. Два тижні тому зустрілися знову.',
      'uk',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ['10 листопада 2020 року', '2020-11-10', null],
      ['У понеділок', '2025-11-10', null],
      ['Торік', '2024', null],
      ['Наприкінці травня', '2025-05', null],
      ['1994 році', '1994', null],
      ['Два тижні тому', '2025-10-29', null],
    ])
  })

  it('Ukrainian: "з 2022 року" is since, "з 10 по 12 травня" a range', () => {
    const r = analyse(
      'З 2022 року сторони не зустрічалися. З 10 по 12 травня 2024 року тривали переговори. ' +
        'Починаючи з березня обміни тривають. У травні минулого року відбувся обмін.',
      'uk',
      '2025-06-01',
    )
    expect(table(r)).toEqual([
      ['З 2022 року', '2022', null],
      ['З 10 по 12 травня 2024 року', '2024-05-10', '2024-05-12'],
      ['Починаючи з березня', '2025-03', null],
      ['травні минулого року', '2024-05', null],
    ])
    expect(r.dates.map((d) => d.flags.includes('since'))).toEqual([true, false, true, false])
  })

  it('Spanish: "el 10 de noviembre de 2020", ranges, mañana', () => {
    const r = analyse(
      'El acuerdo del 10 de noviembre de 2020 sigue vigente. El lunes llegó la delegación. Las conversaciones fueron del 10 al 12 de mayo de 2024. ' +
        'Mañana seguirán. El año pasado hubo un canje.',
      'es',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ['10 de noviembre de 2020', '2020-11-10', null],
      ['El lunes', '2025-11-10', null],
      ['del 10 al 12 de mayo de 2024', '2024-05-10', '2024-05-12'],
      ['Mañana', '2025-11-13', null],
      ['El año pasado', '2024', null],
    ])
  })
})
