/** Display helpers: names for PLOVER families and stances, dates, issue ids. */
import type { Family, Stance } from '../../src/api/contract.js'

export const FAMILY_LABEL: Record<Family, string> = {
  'verbal-cooperation': 'Verbal cooperation',
  'material-cooperation': 'Material cooperation',
  'verbal-conflict': 'Verbal conflict',
  'material-conflict': 'Material conflict',
}

export const STANCE_LABEL: Record<Stance, string> = { propose: 'Proposes', demand: 'Demands', accept: 'Accepts', reject: 'Rejects' }

export const LANGUAGE_LABEL: Record<string, string> = {
  en: 'English', vi: 'Vietnamese', ru: 'Russian', fr: 'French', de: 'German', tr: 'Turkish', az: 'Azerbaijani', hy: 'Armenian', und: 'Undetermined',
}

export const language = (code: string) => LANGUAGE_LABEL[code] ?? code

/**
 * A link target only for an absolute http(s) URL, else null (shown as text).
 * Note: the API already sends only http(s) document URLs; this keeps a
 * `javascript:` or `data:` URL from ever becoming a live link should one get
 * through (an older server, a proxy, a hand-edited store).
 */
export function httpHref(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url.trim())
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** '2023-05-01' → '1 May 2023', '2023-05' → 'May 2023', '2023' → '2023'. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return 'undated'
  const [y, m, d] = value.split('-')
  const month = m ? MONTHS[Number(m) - 1] : undefined
  if (d && month) return `${Number(d)} ${month} ${y}`
  if (month) return `${month} ${y}`
  return y ?? value
}

/** 'border-delimitation' → 'Border delimitation'. */
export function issueLabel(id: string): string {
  const words = id.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function typeLabel(type: string): string {
  return type.charAt(0) + type.slice(1).toLowerCase()
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`
