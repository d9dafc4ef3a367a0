/**
 * The shape of src/languages/<iso>/dates.yaml and src/languages/_base/dates.yaml.
 * All language knowledge of the dates stage lives in those files; this schema
 * is what the code may rely on.
 */
import { z } from 'zod'

/** Surface forms; a trailing '*' lets up to four more letters follow (agglutinative endings). */
const Forms = z.array(z.string().min(1))
const Months = z.array(Forms).length(12)
const Weekdays = z.array(Forms).length(7)

export const REL_UNITS = ['day', 'week', 'weekend', 'month', 'year'] as const
/** early/mid/late narrow a date; 'since' marks it as the start of a state ("since 1991"). */
export const MODS = ['early', 'mid', 'late', 'since'] as const
export type Mod = (typeof MODS)[number]

/**
 * One grammar rule. Without `rel`, `mod`, `conn` or `open` the rule yields a
 * date from its slots; `rel` makes it relative to an anchor, `mod` a modifier
 * (early/mid/late) of the adjacent date, `conn` a range connector between two
 * dates ('and' only counts after an opener such as "between"), `open` an opener.
 */
export const RuleSchema = z
  .object({
    p: z.string().min(1),
    rel: z
      .object({
        unit: z.enum(REL_UNITS).optional(),
        /** Multiplied by the {n} slot when there is one ("two weeks ago" → -2). */
        offset: z.number().int(),
        /** 'previous': counted from the date mentioned just before ("the next day"). */
        from: z.enum(['document', 'previous']).optional(),
      })
      .strict()
      .optional(),
    mod: z.enum(MODS).optional(),
    /** A modifier written after its date (tr "Mayıs sonunda", hy "ապրիլի վերջին"). */
    post: z.boolean().optional(),
    conn: z.enum(['range', 'and']).optional(),
    open: z.boolean().optional(),
    /** Names the document's own day ("today", fr "ce vendredi"). */
    deictic: z.boolean().optional(),
    /** The year slot names a decade ("les années 1990"). */
    decade: z.boolean().optional(),
    /** Which part a {garbled} slot stands for. */
    garbled: z.enum(['day', 'month', 'year']).optional(),
    /** A bare four-digit year: checked against _base bareYear and the language's yearBlockers. */
    bare: z.boolean().optional(),
    /** Literals must match with their case (de "morgen" tomorrow, not "Morgen" morning). */
    exactCase: z.boolean().optional(),
    flags: z.array(z.string()).optional(),
  })
  .strict()

export type Rule = z.infer<typeof RuleSchema>

export const DatesSchema = z
  .object({
    /** 'full' folds case and diacritics; 'case' keeps diacritics (vi). */
    fold: z.enum(['full', 'case']).optional(),
    /** Month and weekday names count only when capitalised (en, de, tr). */
    capitalized: z.boolean().optional(),
    /** January first; every inflected form (genitive, locative…) of each month. */
    months: Months,
    /** Abbreviations: only accepted next to a day or a year. */
    monthsShort: Months.optional(),
    /** Month forms that never stand alone as a month-only date (hy "մարտ" is also "battle"). */
    monthStandaloneExclude: Forms.optional(),
    /** Monday first. */
    weekdays: Weekdays,
    weekdaysShort: Weekdays.optional(),
    /** Number words for the {n} slot. */
    numbers: z.record(z.string(), z.number().int().positive()).optional(),
    units: z
      .object({ day: Forms, week: Forms, month: Forms, year: Forms })
      .partial()
      .strict()
      .optional(),
    seasons: z
      .object({ spring: Forms, summer: Forms, autumn: Forms, winter: Forms })
      .partial()
      .strict()
      .optional(),
    /** Endings that turn a year into a decade ("1990s", "1990-х", "1990'lı"). */
    decadeSuffixes: Forms.optional(),
    /** Words after a bare four-digit number that make it a quantity ("2000 people"). */
    yearBlockers: Forms.optional(),
    rules: z.array(RuleSchema),
  })
  .strict()

export type DatesData = z.infer<typeof DatesSchema>

export const BaseSchema = z
  .object({
    /** Tokens machine translation leaves where a number was lost ("XNUMX"). */
    garbled: Forms,
    /** Range of four-digit numbers taken as years when nothing else marks them. */
    bareYear: z.object({ min: z.number().int(), max: z.number().int() }).strict(),
    /** Words after a bare four-digit number that make it something else in any language ("1930 GMT"). */
    yearBlockers: Forms.optional(),
    rules: z.array(RuleSchema),
  })
  .strict()

export type BaseData = z.infer<typeof BaseSchema>
