import { describe, expect, it } from 'vitest'
import { decodeBytes } from './decode.js'
import { encodeSingleByte, utf16be, utf16le } from './test-helpers.js'

const RU = 'Министры иностранных дел Армении и Азербайджана продолжили переговоры о мирном договоре и делимитации границы.'
const TR = 'Azerbaycan ve Ermenistan dışişleri bakanları barış anlaşması taslağını görüşmek için Almatı’da bir araya geldi; görüşmeler iki gün sürdü ve taraflar çalışmaya devam etme kararı aldı.'
const DE = 'Die Außenminister Armeniens und Aserbaidschans trafen sich in Berlin. Die Gespräche über den Grenzverlauf würden fortgesetzt, hieß es aus dem Auswärtigen Amt, größere Fortschritte gäbe es nicht.'

describe('decodeBytes', () => {
  it('reads a windows-1251 HTML page by its <meta charset>', () => {
    const html = `<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><p>${RU}</p></body></html>`
    const out = decodeBytes(encodeSingleByte(html.replace('’', "'"), 'windows-1251'), { markup: true })
    expect(out.encoding).toBe('windows-1251')
    expect(out.text).toContain(RU)
  })

  it('reads the XML prolog encoding', () => {
    const xml = `<?xml version="1.0" encoding="koi8-r"?><rss><channel><title>${RU}</title></channel></rss>`
    const out = decodeBytes(encodeSingleByte(xml, 'koi8-r'), { markup: true })
    expect(out.encoding).toBe('koi8-r')
    expect(out.text).toContain(RU)
  })

  it('lets the HTTP charset win over the page declaration', () => {
    const html = `<meta charset="utf-8"><p>${RU}</p>`
    const out = decodeBytes(encodeSingleByte(html, 'koi8-r'), { markup: true, transportCharset: 'KOI8-R' })
    expect(out.encoding).toBe('koi8-r')
    expect(out.text).toContain(RU)
  })

  it('guesses undeclared windows-1251 text with chardet', () => {
    const out = decodeBytes(encodeSingleByte(`${RU}\n${RU}`, 'windows-1251'), { markup: false })
    expect(out.encoding).toBe('windows-1251')
    expect(out.text.split('\n')[0]).toBe(RU)
  })

  it('guesses undeclared ISO-8859-9 Turkish and ISO-8859-1 German', () => {
    const tr = decodeBytes(encodeSingleByte(TR.replace('’', "'"), 'iso-8859-9'), { markup: false })
    expect(tr.text).toBe(TR.replace('’', "'"))
    expect(tr.encoding).toBe('windows-1254') // WHATWG maps iso-8859-9 to windows-1254
    const de = decodeBytes(encodeSingleByte(DE, 'iso-8859-1'), { markup: false })
    expect(de.text).toBe(DE)
    expect(de.encoding).toBe('windows-1252')
  })

  it('falls back to detection when a page claims UTF-8 but is not', () => {
    const html = `<meta charset="utf-8"><p>${RU} ${RU}</p>`
    const out = decodeBytes(encodeSingleByte(html, 'windows-1251'), { markup: true })
    expect(out.encoding).toBe('windows-1251')
    expect(out.text).toContain(RU)
  })

  it('trusts valid UTF-8 over a declared legacy charset', () => {
    const html = `<meta charset="iso-8859-1"><p>${RU}</p>`
    const out = decodeBytes(Buffer.from(html), { markup: true })
    expect(out.encoding).toBe('utf-8')
    expect(out.text).toContain(RU)
  })

  it('honours UTF-8 and UTF-16 byte-order marks and drops them', () => {
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)])
    expect(decodeBytes(bom8, { markup: false })).toEqual({ text: RU, encoding: 'utf-8' })
    expect(decodeBytes(utf16le(RU), { markup: false })).toEqual({ text: RU, encoding: 'utf-16le' })
    expect(decodeBytes(utf16be(RU), { markup: false })).toEqual({ text: RU, encoding: 'utf-16be' })
  })

  it('recognises UTF-16LE without a BOM from its NUL pattern', () => {
    const out = decodeBytes(utf16le('Armenia and Azerbaijan agreed to continue talks.', false), { markup: false })
    expect(out).toEqual({ text: 'Armenia and Azerbaijan agreed to continue talks.', encoding: 'utf-16le' })
  })

  it('keeps plain UTF-8 as UTF-8', () => {
    const vi = 'Ngoại trưởng hai nước đã gặp nhau tại Berlin để đàm phán hòa bình.'
    expect(decodeBytes(Buffer.from(vi), { markup: false })).toEqual({ text: vi, encoding: 'utf-8' })
  })
})
