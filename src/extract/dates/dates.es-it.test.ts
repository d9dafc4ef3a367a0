import { describe, expect, it } from 'vitest'
import { analyse, table } from './testkit.js'

// Spanish and Italian dates are data only (src/languages/{es,it}/dates.yaml).
describe('Spanish and Italian dates', () => {
  it('Spanish: full dates, ranges, "desde" as since, relative words', () => {
    // 2025-11-12 is a Wednesday
    const r = analyse(
      'El 8 de agosto de 2025 firmaron la declaración. El lunes llegó la delegación. Las conversaciones fueron del 1 al 3 de mayo. ' +
        'El año pasado hubo un canje. El conflicto dura desde 1994. Hace tres semanas se reunieron. A finales de mayo hubo una ronda.',
      'es',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ['El 8 de agosto de 2025', '2025-08-08', null],
      ['El lunes', '2025-11-10', null],
      ['del 1 al 3 de mayo', '2025-05-01', '2025-05-03'],
      ['El año pasado', '2024', null],
      ['desde 1994', '1994', null],
      ['Hace tres semanas', '2025-10-22', null],
      ['A finales de mayo', '2025-05', null],
    ])
    expect(r.dates.find((d) => d.text === 'desde 1994')?.flags).toContain('since')
  })

  it('Italian: "l’8 agosto 2025", ranges, "dal" as since, relative words', () => {
    const r = analyse(
      "L'8 agosto 2025 i leader hanno firmato. Il 10 novembre 2020 fu firmata la dichiarazione. Lunedì la delegazione è arrivata. " +
        'I colloqui si sono svolti dal 1 al 3 maggio 2024. Lo scorso anno ci fu uno scambio. Il conflitto dura dal 1994. ' +
        'Tre settimane fa si sono incontrati. Il 1° maggio. A fine maggio ci fu un round. Domani riprenderanno.',
      'it',
      '2025-11-12',
    )
    expect(table(r)).toEqual([
      ["L'8 agosto 2025", '2025-08-08', null],
      ['Il 10 novembre 2020', '2020-11-10', null],
      ['Lunedì', '2025-11-10', null],
      ['dal 1 al 3 maggio 2024', '2024-05-01', '2024-05-03'],
      ['Lo scorso anno', '2024', null],
      ['dal 1994', '1994', null],
      ['Tre settimane fa', '2025-10-22', null],
      ['Il 1° maggio', '2025-05-01', null],
      ['A fine maggio', '2025-05', null],
      ['Domani', '2025-11-13', null],
    ])
    expect(r.dates.find((d) => d.text === 'dal 1994')?.flags).toContain('since')
  })

  it('Italian: "l’anno scorso" and "tra il 9 e il 10 novembre"', () => {
    const r = analyse("L'anno scorso si incontrarono tra il 9 e il 10 novembre.", 'it', '2025-11-12')
    expect(table(r)).toEqual([
      ["L'anno scorso", '2024', null],
      ['tra il 9 e il 10 novembre', '2025-11-09', '2025-11-10'],
    ])
  })
})
