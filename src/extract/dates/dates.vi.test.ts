import { describe, expect, it } from 'vitest'
import { analyse, mention, table, valueOf } from './testkit.js'

describe('Vietnamese dates', () => {
  it('reads day-first numeric dates after a marker, with leap days', () => {
    const r = analyse(
      'Ngày 29/2, ngoại trưởng hai nước gặp nhau tại Berlin. Hai bên đàm phán 28 và 29/2. Đêm 10/11, lệnh ngừng bắn có hiệu lực.',
      'vi',
      '2024-03-01',
    )
    expect(table(r)).toEqual([
      ['Ngày 29/2', '2024-02-29', null],
      ['28 và 29/2', '2024-02-28', '2024-02-29'],
      ['Đêm 10/11', '2023-11-10', null],
    ])
    // in a 2025 report the latest 29 February is 2024
    expect(valueOf(analyse('Ngày 29/2, hai bên họp.', 'vi', '2025-03-05'), 'Ngày 29/2')).toBe('2024-02-29')
  })

  it('reads full dates, months and years', () => {
    const r = analyse(
      'Ngày 2 tháng 9 năm 1991, khu tự trị tuyên bố độc lập. Năm 1994, các bên đồng ý ngừng bắn. ' +
        'Từ năm 1992 đến 1994, giao tranh diễn ra. Trong tháng 9/2023 quân đội tấn công. Hiệp định ký ngày 8/8/2025.',
      'vi',
      '2025-08-10',
    )
    expect(table(r)).toEqual([
      ['Ngày 2 tháng 9 năm 1991', '1991-09-02', null],
      ['Năm 1994', '1994', null],
      ['Từ năm 1992 đến 1994', '1992', '1994'],
      ['tháng 9/2023', '2023-09', null],
      ['ngày 8/8/2025', '2025-08-08', null],
    ])
  })

  it('resolves relative years, weeks and weekdays', () => {
    // 2024-03-01 is a Friday
    const r = analyse(
      'Azerbaijan ngày 19/9 năm ngoái tấn công. Vào cuối tháng 5 năm nay, ông nói. Hôm thứ Hai, hai bên họp. ' +
        'Tuần trước có đụng độ. Thứ Hai tuần trước cũng vậy. Năm ngoái, hai bên bắt đầu đàm phán.',
      'vi',
      '2024-03-01',
    )
    expect(valueOf(r, 'ngày 19/9 năm ngoái')).toBe('2023-09-19')
    expect(mention(r, 'Vào cuối tháng 5 năm nay').date).toEqual({ value: '2024-05', precision: 'month' })
    expect(mention(r, 'Vào cuối tháng 5 năm nay').flags).toContain('late')
    expect(valueOf(r, 'Hôm thứ Hai')).toBe('2024-02-26')
    expect(mention(r, 'Tuần trước').until?.value).toBe('2024-02-25')
    expect(valueOf(r, 'Tuần trước')).toBe('2024-02-19')
    expect(valueOf(r, 'Thứ Hai tuần trước')).toBe('2024-02-19')
    expect(valueOf(r, 'Năm ngoái')).toBe('2023')
  })

  it('does not read ordinals, durations or fractions as dates', () => {
    const r = analyse('Vấn đề thứ hai là biên giới. Sau 5 năm đàm phán, 2/3 dân số ủng hộ.', 'vi', '2024-03-01')
    expect(r.dates.map((d) => d.text)).toEqual(['Sau 5 năm'])
    expect(mention(r, 'Sau 5 năm').flags).toContain('unresolved-relative')
  })

  it('keeps only what is certain of a garbled month', () => {
    const r = analyse('Theo truyền thông, vào ngày 15 tháng XNUMX, binh sĩ nổ súng. Ngày 3 tháng XNUMX năm 2023 cũng vậy.', 'vi', '2023-07-01')
    expect(mention(r, 'ngày 15 tháng XNUMX').date).toBeNull()
    expect(mention(r, 'ngày 15 tháng XNUMX').flags).toContain('garbled-month')
    expect(mention(r, 'Ngày 3 tháng XNUMX năm 2023').date).toEqual({ value: '2023', precision: 'year' })
  })

  it('reads "cuối năm" alone as the end of this year, and decades', () => {
    const r = analyse('Hai nước có thể ký hiệp ước trước cuối năm. Vào cuối năm ngoái, đàm phán chững lại. Trong những năm 1990 có chiến tranh.', 'vi', '2023-09-19')
    expect(valueOf(r, 'cuối năm')).toBe('2023')
    expect(valueOf(r, 'Vào cuối năm ngoái')).toBe('2022')
    expect(mention(r, 'những năm 1990').until?.value).toBe('1999')
  })

  it('counts "sau một ngày" from the date just before', () => {
    const r = analyse('Ngày 19/9, quân đội tấn công và chỉ sau một ngày giao tranh, họ tuyên bố kiểm soát.', 'vi', '2023-10-01')
    expect(valueOf(r, 'sau một ngày')).toBe('2023-09-20')
  })
})
