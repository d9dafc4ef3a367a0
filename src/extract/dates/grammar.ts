/**
 * One compiled date grammar per language: the language's dates.yaml merged
 * with _base/dates.yaml, with lexicons and patterns built once per process.
 * A language without a dates.yaml falls back to English plus the base rules.
 */
import { ParleyError } from '../../core/errors.js'
import { languageData } from '../../languages/index.js'
import { Lexicon } from './lexicon.js'
import { parsePattern, patternStarts, type El, type SlotName, type Starts } from './pattern.js'
import { BaseSchema, DatesSchema, type BaseData, type DatesData, type Rule } from './schema.js'
import { keyFunction, keyString, type KeyFn, type Token } from './tokens.js'

export type RelUnitName = 'day' | 'week' | 'month' | 'year'
export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter'

export interface CompiledRule {
  readonly rule: Rule
  readonly els: readonly El[]
}

/** Which rules can start at a token, in rule order (built once; most tokens start none). */
export interface RuleIndex {
  readonly byKey: ReadonlyMap<string, readonly number[]>
  readonly onNumber: readonly number[]
  readonly onWord: readonly number[]
}

export interface Grammar {
  readonly iso: string
  readonly key: KeyFn
  readonly capitalized: boolean
  readonly months: Lexicon<number>
  readonly weekdays: Lexicon<number>
  readonly units: Lexicon<RelUnitName>
  readonly seasons: Lexicon<SeasonName>
  readonly numbers: Lexicon<number>
  readonly standaloneExclude: ReadonlySet<string>
  readonly decadeSuffixes: readonly string[]
  readonly yearBlockers: ReadonlySet<string>
  readonly garbled: ReadonlySet<string>
  readonly bareYear: { readonly min: number; readonly max: number }
  readonly rules: readonly CompiledRule[]
  readonly index: RuleIndex
}

const STAGE = 'dates'
const FALLBACK = 'en'
const cache = new Map<string, Grammar>()

function baseData(): BaseData {
  const base = languageData(STAGE, '_base', BaseSchema)
  if (!base) throw new ParleyError('PARLEY_CONFIG', 'Missing src/languages/_base/dates.yaml')
  return base
}

function fillLexicon<V>(lex: Lexicon<V>, lists: readonly (readonly string[])[] | undefined, value: (i: number) => V, short = false): void {
  lists?.forEach((forms, i) => {
    for (const form of forms) lex.add(form, value(i), short)
  })
}

function namedLexicon<V extends string>(key: KeyFn, table: { readonly [name in V]?: string[] | undefined } | undefined): Lexicon<V> {
  const lex = new Lexicon<V>(key)
  for (const [name, forms] of Object.entries(table ?? {}) as [V, string[] | undefined][]) {
    for (const form of forms ?? []) lex.add(form, name)
  }
  return lex
}

function compileRules(rules: readonly Rule[], key: KeyFn): CompiledRule[] {
  return rules.map((rule) => ({ rule, els: parsePattern(rule.p, key) }))
}

interface Lexicons {
  readonly months: Lexicon<number>
  readonly weekdays: Lexicon<number>
  readonly units: Lexicon<RelUnitName>
  readonly seasons: Lexicon<SeasonName>
  readonly numbers: Lexicon<number>
  readonly garbled: ReadonlySet<string>
}

function slotStarts(lex: Lexicons): (name: SlotName) => Starts {
  const of = (l: { starts(): { keys: string[]; word: boolean } }, num = false): Starts => {
    const s = l.starts()
    return { keys: new Set(s.keys), num, word: s.word }
  }
  return (name) => {
    switch (name) {
      case 'month': return of(lex.months)
      case 'weekday': return of(lex.weekdays)
      case 'unit': return of(lex.units)
      case 'season': return of(lex.seasons)
      case 'n': return of(lex.numbers, true)
      case 'garbled': return { keys: new Set(lex.garbled), num: false, word: false }
      default: return { keys: new Set(), num: true, word: false }
    }
  }
}

function indexRules(rules: readonly CompiledRule[], lex: Lexicons): RuleIndex {
  const byKey = new Map<string, number[]>()
  const onNumber: number[] = []
  const onWord: number[] = []
  const slot = slotStarts(lex)
  rules.forEach((r, i) => {
    const starts = patternStarts(r.els, slot)
    for (const k of starts.keys) byKey.set(k, [...(byKey.get(k) ?? []), i])
    if (starts.num) onNumber.push(i)
    if (starts.word) onWord.push(i)
  })
  return { byKey, onNumber, onWord }
}

/** rulesAt per grammar, token kind and key: the same words come back in every document. */
const rulesMemo = new WeakMap<Grammar, Map<string, Map<string, readonly CompiledRule[]>>>()
/** Distinct keys remembered per grammar and kind before the memo starts again (bounds memory on any corpus). */
const RULES_MEMO_MAX = 50_000

/** The rules that may match at `token`, in rule order. */
export function rulesAt(g: Grammar, token: Token): readonly CompiledRule[] {
  let kinds = rulesMemo.get(g)
  if (!kinds) rulesMemo.set(g, (kinds = new Map()))
  let memo = kinds.get(token.kind)
  if (!memo) kinds.set(token.kind, (memo = new Map()))
  let rules = memo.get(token.key)
  if (!rules) {
    if (memo.size >= RULES_MEMO_MAX) memo.clear()
    memo.set(token.key, (rules = candidateRules(g, token)))
  }
  return rules
}

function candidateRules(g: Grammar, token: Token): CompiledRule[] {
  const ids = new Set(g.index.byKey.get(token.key))
  if (token.kind === 'num') for (const i of g.index.onNumber) ids.add(i)
  if (token.kind === 'word') for (const i of g.index.onWord) ids.add(i)
  return [...ids].sort((a, b) => a - b).map((i) => g.rules[i] as CompiledRule)
}

function compile(iso: string, data: DatesData, base: BaseData): Grammar {
  const key = keyFunction(data.fold ?? 'full')
  const months = new Lexicon<number>(key)
  fillLexicon(months, data.months, (i) => i + 1)
  fillLexicon(months, data.monthsShort, (i) => i + 1, true)
  const weekdays = new Lexicon<number>(key)
  fillLexicon(weekdays, data.weekdays, (i) => i + 1)
  fillLexicon(weekdays, data.weekdaysShort, (i) => i + 1, true)
  const numbers = new Lexicon<number>(key)
  for (const [word, n] of Object.entries(data.numbers ?? {})) numbers.add(word, n)
  const lex: Lexicons = {
    months,
    weekdays,
    units: namedLexicon<RelUnitName>(key, data.units),
    seasons: namedLexicon<SeasonName>(key, data.seasons),
    numbers,
    garbled: new Set(base.garbled.map(key)),
  }
  // The language's own rules first: on equal length the earlier rule wins.
  const rules = [...compileRules(data.rules, key), ...compileRules(base.rules, key)]
  return {
    iso,
    key,
    capitalized: data.capitalized ?? false,
    ...lex,
    standaloneExclude: new Set((data.monthStandaloneExclude ?? []).map(key)),
    decadeSuffixes: (data.decadeSuffixes ?? []).map((s) => keyString(s, key)),
    yearBlockers: new Set([...(data.yearBlockers ?? []), ...(base.yearBlockers ?? [])].map(key)),
    bareYear: base.bareYear,
    rules,
    index: indexRules(rules, lex),
  }
}

/** The grammar of `iso` ('en', 'vi', …; region subtags are ignored). */
export function grammarFor(language: string): Grammar {
  const iso = language.toLowerCase().split(/[-_]/)[0] ?? FALLBACK
  const cached = cache.get(iso)
  if (cached) return cached
  const data = languageData(STAGE, iso, DatesSchema)
  if (!data && iso === FALLBACK) throw new ParleyError('PARLEY_CONFIG', `Missing src/languages/${FALLBACK}/dates.yaml`)
  const grammar = data ? compile(iso, data, baseData()) : grammarFor(FALLBACK)
  cache.set(iso, grammar)
  return grammar
}
