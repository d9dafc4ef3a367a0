import { describe, expect, it } from 'vitest'
import { ids } from './testing.js'

// Common words that equal (or contain) a name must not become actors.
describe('false positives', () => {
  it.each([
    ['en', 'Let us talk about the turkey we cooked and the chad of paper.'],
    ['en', 'The Soviet Union collapsed in 1991.'],
    ['en', 'It was the first time in years.'],
    ['fr', 'Un accord a été trouvé dans un délai court.'],
    ['vi', 'Các biện pháp pháp lý đã được áp dụng theo đúng pháp luật.'],
    ['vi', 'Anh ấy đồng ý với ý kiến về thẩm mỹ của khu vực Mỹ Latinh.'],
    ['vi', 'Đức Giáo hoàng kêu gọi hòa bình.'],
    ['de', 'Bis morgen bleibt alles beim Alten.'],
    ['ru', 'Документ составлен на русском языке во времена СССР.'],
    ['hy', 'Վահանակի վրա ադրբեջաներեն և ռուսերեն լեզուներով գրված է։'],
    ['tr', 'Görüşmeler Ermenice ve Rusça yapıldı.'],
    ['en', 'He read the UN Charter aloud.'],
  ])('%s: %s', (lang, text) => {
    expect(ids(text, lang)).toEqual([])
  })

  it('does not take a photo credit for a person', () => {
    expect(ids('Residents protested. APA / AFP / Karen Minasyan', 'en')).toEqual([])
  })

  it('needs capitals for acronyms', () => {
    expect(ids('Tell us what the us-versus-them story means.', 'en')).toEqual([])
    expect(ids('The US and the UN responded.', 'en')).toEqual(['UN', 'USA'])
  })
})
