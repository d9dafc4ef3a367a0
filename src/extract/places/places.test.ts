import { describe, expect, it } from 'vitest'
import { findActors, loadActorKb } from '../actors/index.js'
import { unitOf } from '../actors/testing.js'
import { findPlaces } from './index.js'

function places(text: string, lang: string) {
  const unit = unitOf(text, lang)
  return findPlaces(unit, findActors(unit, loadActorKb([])))
}

describe('findPlaces', () => {
  it('finds venues with real coordinates', () => {
    const [w] = places('The ministers met in Washington.', 'en')
    expect(w?.place).toMatchObject({ id: 'washington', country: 'USA', type: 'capital' })
    expect(w?.place.lat).toBeCloseTo(38.9, 1)
    expect(w?.place.lon).toBeCloseTo(-77.04, 1)
  })
  it('carries the curated side a place was held by, and nothing for places without one', () => {
    const found = places('The convoy was stopped in the Lachin corridor on its way from Goris.', 'en')
    expect(found.map((p) => [p.place.id, p.place.heldBy ?? null])).toEqual([['lachin-corridor', 'NKR'], ['goris', null]])
  })
  it('skips a capital taken as a metonym actor, keeps it as a venue', () => {
    expect(places('Baku rejected the proposal.', 'en')).toEqual([])
    expect(places('Talks were held in Baku.', 'en').map((p) => p.place.id)).toEqual(['baku'])
  })
  it.each([
    ['vi', 'Các cuộc đàm phán diễn ra tại Berlin và dọc hành lang Lachin.', ['berlin', 'lachin-corridor']],
    ['ru', 'Переговоры прошли в Москве, колонна прошла по Лачинскому коридору.', ['moscow', 'lachin-corridor']],
    ['fr', 'Les ministres se sont retrouvés à Bruxelles puis à Grenade.', ['brussels', 'granada']],
    ['de', 'Im Latschin-Korridor und in Bergkarabach fehlt Brot.', ['lachin-corridor', 'nagorno-karabakh']],
    ['tr', "Bakanlar Cenevre'de ve Almatı'da görüştü.", ['geneva', 'almaty']],
    ['az', 'Görüş Laçın-Xankəndi yolunun başlanğıcında keçirilib.', ['lachin-corridor']],
    ['hy', 'Լաչինի միջանցքում և Ստեփանակերտում իրավիճակը լարված է։', ['lachin-corridor', 'stepanakert']],
  ])('%s', (lang, text, expected) => {
    expect(places(text, lang).map((p) => p.place.id)).toEqual(expected)
  })
  it('knows both names of a two-named place', () => {
    const ids = places('From Khankendi (Stepanakert) the road leads to Lachin, which Armenians call Berdzor.', 'en').map((p) => p.place.id)
    expect(ids).toEqual(['stepanakert', 'stepanakert', 'lachin', 'lachin'])
  })
  it('gives every place coordinates and keeps offsets exact', () => {
    const text = 'Villages near Artsvashen in Tavush and the Hakari bridge were discussed in Geneva.'
    for (const p of places(text, 'en')) {
      expect(text.slice(p.start, p.end)).toBe(p.text)
      expect(p.place.lat).not.toBeNull()
      expect(p.place.lon).not.toBeNull()
    }
  })
})
