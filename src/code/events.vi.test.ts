import { describe, expect, it } from 'vitest'
import { allActors, brief, code, type ActorSpec } from './test-utils.js'

const ACTORS: ActorSpec[] = [
  { surface: 'Armenia', id: 'ARM' },
  { surface: 'Azerbaijan', id: 'AZE' },
  { surface: 'Yerevan', id: 'ARM', via: 'metonym' },
  { surface: 'Baku', id: 'AZE', via: 'metonym' },
  { surface: 'Nga', id: 'RUS' },
  { surface: 'Matxcơva', id: 'RUS', via: 'metonym' },
  { surface: 'Điện Kremlin', id: 'RUS', via: 'metonym' },
  { surface: 'Hoa Kỳ', id: 'USA' },
  { surface: 'Đức', id: 'DEU' },
  { surface: 'Pashinyan', id: 'nikol-pashinyan', country: 'ARM' },
  { surface: 'Aliyev', id: 'ilham-aliyev', country: 'AZE' },
]

const vi = (text: string) => code({ text, language: 'vi', actors: allActors(text, ACTORS) })
const briefs = (text: string) => vi(text).map(brief)

describe('Vietnamese', () => {
  it('codes mediated talks between the two ministers', () => {
    const [e] = vi('Cuộc đàm phán giữa ngoại trưởng Armenia và Azerbaijan do Hoa Kỳ làm trung gian đã diễn ra.')
    expect(e?.type).toBe('CONSULT')
    expect(e?.mode).toBe('third-party')
    expect(e?.source.map((r) => r.country)).toEqual(['ARM', 'AZE'])
    expect(e?.mediators.map((r) => r.country)).toEqual(['USA'])
  })

  it('sets negated for "chưa thống nhất"', () => {
    const [e] = vi('Yerevan và Baku vẫn chưa thống nhất về đường biên giới.')
    expect(e?.type).toBe('AGREE')
    expect(e?.negated).toBe(true)
  })

  it('codes "sẽ không đồng ý" as a refusal', () => {
    expect(briefs('Baku cho biết họ sẽ không đồng ý với cơ chế quốc tế.')[0]).toMatch(/^REJECT AZE/)
  })

  it('does not read "ký" (sign) inside "Hoa Kỳ" or "thư ký"', () => {
    expect(briefs('Thư ký báo chí nói về Hoa Kỳ.')).toEqual([])
  })

  it('codes a signed agreement as SUPPORT and the ceasefire agreed in it as AGREE', () => {
    expect(briefs('Năm 1994, Armenia và Azerbaijan đã đồng ý ngừng bắn.')).toEqual(['AGREE ARM,AZE>'])
    expect(briefs('Armenia và Azerbaijan đã ký hiệp ước hòa bình.')).toEqual(['SUPPORT ARM,AZE>'])
  })

  it('codes a future meeting as AGREE', () => {
    const [e] = vi('Pashinyan và Aliyev sẽ gặp nhau vào tuần tới.')
    expect(e?.type).toBe('AGREE')
    expect(e?.future).toBe(true)
  })

  it('reads attribution, and the passive "bị" for the victim', () => {
    const events = vi('Theo truyền thông Azerbaijan, quân nhân Armenia đã nổ súng. Một quân nhân Azerbaijan bị thương.')
    expect(brief(events[0]!)).toBe('ASSAULT/firearms ARM> by=AZE')
    expect(brief(events[1]!)).toBe('ASSAULT ARM>AZE by=AZE')
  })

  it('codes a call as REQUEST and not what it asks for', () => {
    expect(briefs('Điện Kremlin kêu gọi Yerevan và Baku từ bỏ vũ lực và ngồi vào bàn đàm phán.')).toEqual(['REQUEST RUS>ARM,AZE'])
  })
})
