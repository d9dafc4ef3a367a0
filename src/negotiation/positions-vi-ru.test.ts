import { describe, expect, it } from 'vitest'
import { loadProfiles } from './index.js'
import { brief, positionsOf, type ActorSpec } from './testing.js'

// Sentences written for these tests, about public facts of the Armenia–Azerbaijan talks.
const profiles = loadProfiles('armenia-azerbaijan')

const VI: Record<string, ActorSpec> = {
  'phía Armenia': { id: 'ARM', via: 'adjective' },
  'phía Azerbaijan': { id: 'AZE', via: 'adjective' },
  'người Armenia': { id: 'ARM', sector: 'CVL', via: 'adjective' },
  Armenia: { id: 'ARM' },
  Azerbaijan: { id: 'AZE' },
  Baku: { id: 'AZE', via: 'metonym' },
  Yerevan: { id: 'ARM', via: 'metonym' },
  'Ngoại trưởng Hoa Kỳ': { id: 'USA' },
}
const vi = (text: string) => positionsOf(text, 'vi', VI, { profiles })

describe('Vietnamese', () => {
  it('muốn: propose, with the maps and the year in the summary', () => {
    const { positions } = vi('Phía Armenia muốn sử dụng bản đồ thời Liên Xô năm 1975 để phân định biên giới.')
    expect(brief(positions)).toEqual(['border-delimitation/ARM/propose'])
    expect(positions[0]!.summary).toContain('1975')
  })

  it('yêu cầu: demand', () => {
    expect(brief(vi('Azerbaijan kiên quyết yêu cầu Armenia sửa đổi hiến pháp.').positions)).toEqual(['constitution/AZE/demand'])
  })

  it('hai bên nhất trí: both accept', () => {
    expect(brief(vi('Hai bên đã nhất trí trao đổi tù binh.').positions)).toEqual(['prisoners/ARM/accept', 'prisoners/AZE/accept'])
  })

  it('bác bỏ đề xuất của X: one rejects, the other proposes', () => {
    const got = brief(vi('Baku bác bỏ đề xuất của Armenia về một cơ chế quốc tế cho người Armenia ở Karabakh.').positions)
    expect(got).toEqual(['karabakh-armenians/AZE/reject', 'karabakh-armenians/ARM/propose'])
  })

  it('"họ" refers to the previous sentence\'s party; "không đồng ý" rejects', () => {
    const got = vi('Azerbaijan đã nhiều lần nói rõ lập trường. Họ sẽ không đồng ý với bất kỳ cơ chế quốc tế nào.')
    expect(brief(got.positions)).toEqual(['karabakh-armenians/AZE/reject'])
  })

  it('"chưa đồng ý" (not yet agreed) states no position', () => {
    expect(vi('Hai bên vẫn chưa đồng ý về các bên bảo đảm thỏa thuận.').positions).toEqual([])
  })

  it('a mediator\'s "kêu gọi" is no party position', () => {
    expect(vi('Ngoại trưởng Hoa Kỳ kêu gọi Azerbaijan mở lại hành lang Lachin.').positions).toEqual([])
  })
})

const RU: Record<string, ActorSpec> = {
  Армения: { id: 'ARM' },
  Армении: { id: 'ARM' },
  Азербайджан: { id: 'AZE' },
  Баку: { id: 'AZE', via: 'metonym' },
  Ереван: { id: 'ARM', via: 'metonym' },
  Еревана: { id: 'ARM', via: 'metonym' },
}
const ru = (text: string) => positionsOf(text, 'ru', RU, { profiles })

describe('Russian', () => {
  it('предложила: propose', () => {
    expect(brief(ru('Армения предложила провести делимитацию границы по советским картам.').positions)).toEqual(['border-delimitation/ARM/propose'])
  })

  it('требует: demand', () => {
    expect(brief(ru('Азербайджан требует изменить конституцию Армении.').positions)).toEqual(['constitution/AZE/demand'])
  })

  it('отвергает предложение X: one rejects, the other proposes', () => {
    const got = brief(ru('Баку отвергает предложение Еревана о международном механизме для карабахских армян.').positions)
    expect(got).toEqual(['karabakh-armenians/AZE/reject', 'karabakh-armenians/ARM/propose'])
  })

  it('стороны договорились: both accept', () => {
    expect(brief(ru('Стороны договорились об обмене пленными.').positions)).toEqual(['prisoners/ARM/accept', 'prisoners/AZE/accept'])
  })

  it('"они" refers to the parties of the previous sentence', () => {
    const got = ru('Ереван и Баку провели переговоры в Брюсселе. Они договорились продолжить работу над мирным договором.')
    expect(brief(got.positions)).toEqual(['peace-treaty/ARM/accept', 'peace-treaty/AZE/accept'])
  })

  it('не согласна: reject', () => {
    expect(brief(ru('Армения не согласна с новыми территориальными претензиями.').positions)).toEqual(['territorial-integrity/ARM/reject'])
  })

  it('a precondition (предварительное условие) is a demand', () => {
    expect(brief(ru('Азербайджан выдвинул предварительные условия для подписания мирного договора.').positions)).toEqual(['peace-treaty/AZE/demand'])
  })
})
