/**
 * The YAML process profile (profiles/*.yaml), validated with zod:
 *
 *   id: armenia-azerbaijan
 *   label: { en: Armenia–Azerbaijan peace process }
 *   parties: [ARM, AZE]          # empty: the parties are found per document
 *   mediators: [USA, RUS, EU]
 *   default_issue: peace-treaty  # optional
 *   actors: [file.actors.yaml]   # optional actor YAML files (aliases, format of data/actors/curated), relative to the profile
 *   issues:
 *     - id: border-delimitation
 *       label: { en: border delimitation, vi: phân định biên giới }
 *       concepts:
 *         - gloss: Soviet maps      # English words the summary uses
 *           weak: false             # weak concepts count only where no strong one is found
 *           terms: { en: [soviet maps], vi: [bản đồ … liên xô], ru: [советск* карт*] }
 */
import { z } from 'zod'

const ISSUE_ID = /^[a-z][a-z0-9-]*$/
const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9-]*$/

/** Terms per language: ISO 639-1 code (or 'any') → list of cue patterns (./patterns.ts). */
const TermsSchema = z.record(z.string().regex(/^([a-z]{2,3}|any)$/, 'language keys are ISO 639-1 codes or "any"'), z.array(z.string().min(1)))

const ConceptSchema = z.object({
  gloss: z.string().min(1),
  weak: z.boolean().default(false),
  terms: TermsSchema,
})

const IssueSchema = z.object({
  id: z.string().regex(ISSUE_ID, 'issue ids are lower-case words joined by "-"'),
  label: z.record(z.string(), z.string().min(1)).refine((l) => typeof l['en'] === 'string', 'an issue needs an English label (label.en)'),
  concepts: z.array(ConceptSchema).min(1),
})

export const ProfileSchema = z
  .object({
    id: z.string().regex(ISSUE_ID, 'profile ids are lower-case words joined by "-"'),
    label: z.record(z.string(), z.string().min(1)),
    parties: z.array(z.string().regex(ACTOR_ID)).default([]),
    mediators: z.array(z.string().regex(ACTOR_ID)).default([]),
    default_issue: z.string().optional(),
    actors: z.array(z.string().min(1)).default([]),
    issues: z.array(IssueSchema).min(1),
  })
  .superRefine((p, ctx) => {
    const ids = p.issues.map((i) => i.id)
    const dup = ids.find((id, i) => ids.indexOf(id) !== i)
    if (dup) ctx.addIssue({ code: 'custom', message: `issue \`${dup}\` is listed twice`, path: ['issues'] })
    if (p.default_issue && !ids.includes(p.default_issue)) {
      ctx.addIssue({ code: 'custom', message: `default_issue \`${p.default_issue}\` is not one of the issues`, path: ['default_issue'] })
    }
  })

export type ProfileData = z.infer<typeof ProfileSchema>
export type IssueData = ProfileData['issues'][number]
export type ConceptData = IssueData['concepts'][number]
