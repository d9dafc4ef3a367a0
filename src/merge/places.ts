/**
 * Places of events. Locations arrive with an English name and, when the
 * gazetteer knew them, a country and coordinates. Two places agree when they
 * are the same name (folded), one name is contained in the other word by word
 * ("Washington" in "Washington, D.C."), or they lie within a few kilometres.
 * Different countries never agree.
 */
import type { EventLocation } from '../core/doc.js'
import { fold } from '../core/fold.js'

export interface PlaceInfo {
  readonly name: string
  /** Folded name: the key places are counted under. */
  readonly key: string
  readonly country: string | null
  readonly lat: number | null
  readonly lon: number | null
}

/** Close enough to be the same site (a corridor and its checkpoint, a capital and its airport). */
export const SAME_PLACE_KM = 30

export function placeOf(location: EventLocation): PlaceInfo {
  return { name: location.name, key: keyOf(location.name), country: location.country, lat: location.lat, lon: location.lon }
}

function keyOf(name: string): string {
  return tokens(name).join(' ')
}

function tokens(name: string): string[] {
  return fold(name).split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '')
}

export function placesAgree(a: PlaceInfo, b: PlaceInfo): boolean {
  if (a.country && b.country && a.country !== b.country) return false
  if (a.key === b.key) return true
  if (contained(a.key, b.key) || contained(b.key, a.key)) return true
  const km = distanceKm(a, b)
  return km !== null && km <= SAME_PLACE_KM
}

/** Every word of `inner` occurs in `outer`, in order and adjacent. */
function contained(inner: string, outer: string): boolean {
  if (inner === '') return false
  return ` ${outer} `.includes(` ${inner} `)
}

function distanceKm(a: PlaceInfo, b: PlaceInfo): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}
