import { describe, expect, it } from 'vitest'
import { allActors, brief, code, dateIn, type ActorSpec } from './test-utils.js'

// Arabic is data only (src/languages/ar/events.yaml, cues.yaml). Sentences written for
// this test about the Armenia–Azerbaijan process and the Russia–Ukraine talks. The
// conjunction "و" is written onto the next word, so surfaces with it are listed too.
const ACTORS: ActorSpec[] = [
  { surface: 'أرمينيا', id: 'ARM' },
  { surface: 'وأرمينيا', id: 'ARM' },
  { surface: 'أذربيجان', id: 'AZE' },
  { surface: 'وأذربيجان', id: 'AZE' },
  { surface: 'الأرمينية', id: 'ARM', via: 'adjective' },
  { surface: 'الأرميني', id: 'ARM', via: 'adjective' },
  { surface: 'الأذربيجانية', id: 'AZE', via: 'adjective' },
  { surface: 'الأذربيجاني', id: 'AZE', via: 'adjective' },
  { surface: 'روسيا', id: 'RUS' },
  { surface: 'الروسية', id: 'RUS', via: 'adjective' },
  { surface: 'وأوكرانيا', id: 'UKR' },
  { surface: 'أوكرانيا', id: 'UKR' },
  { surface: 'الولايات المتحدة', id: 'USA' },
  { surface: 'الاتحاد الأوروبي', id: 'EU', type: 'organisation' },
  { surface: 'باكو', id: 'AZE', via: 'metonym' },
  { surface: 'يريفان', id: 'ARM', via: 'metonym' },
  { surface: 'باشينيان', id: 'nikol-pashinyan', country: 'ARM' },
  { surface: 'وعلييف', id: 'ilham-aliyev', country: 'AZE' },
  { surface: 'بوتين', id: 'vladimir-putin', country: 'RUS' },
  { surface: 'وأردوغان', id: 'recep-tayyip-erdogan', country: 'TUR' },
  { surface: 'بلينكن', id: 'antony-blinken', country: 'USA' },
  { surface: 'زيلينسكي', id: 'volodymyr-zelensky', country: 'UKR' },
]

const ar = (text: string) => code({ text, language: 'ar', actors: allActors(text, ACTORS) })
const briefs = (text: string) => ar(text).map(brief)

describe('Arabic events', () => {
  it('codes a meeting mediated by a third party', () => {
    const [e] = ar('التقى باشينيان وعلييف في واشنطن بوساطة الولايات المتحدة.')
    expect(e?.type).toBe('CONSULT')
    expect(e?.mode).toBe('third-party')
    expect(e?.mediators.map((r) => r.country)).toEqual(['USA'])
    expect(e?.source.map((r) => r.country)).toEqual(['ARM'])
  })

  it('codes an agreement between the parties and a signing', () => {
    // the verb comes first and "اتفق" takes two: the lone subject agreed with the other party
    expect(briefs('اتفقت أرمينيا وأذربيجان على نص معاهدة السلام.')[0]).toMatch(/^AGREE ARM(,AZE)?>/)
    expect(briefs('وقعت أرمينيا وأذربيجان الإعلان المشترك في البيت الأبيض.')).toEqual(['SUPPORT ARM,AZE>'])
  })

  it('codes an accusation and the act it claims, attributed to the accuser', () => {
    const events = ar('اتهمت وزارة الدفاع الأذربيجانية القوات الأرمينية بقصف مواقعها.')
    expect(events.map(brief)).toEqual(['ACCUSE/allege AZE>ARM', 'ASSAULT/heavy-weapons ARM> by=AZE'])
  })

  it('codes shelling reported second-hand and a ceasefire violation', () => {
    expect(briefs('قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية أطلقت النار على قرية حدودية.')).toEqual(['ASSAULT/firearms AZE> by=ARM'])
    expect(briefs('بحسب وسائل إعلام أذربيجانية، قصفت القوات الأرمينية مواقع الجيش.')).toEqual(['ASSAULT/heavy-weapons ARM> by=AZE'])
    const violation = ar('اتهمت أذربيجان أرمينيا بخرق وقف إطلاق النار.')
    expect(violation.map((e) => e.type)).toEqual(['ACCUSE', 'ASSAULT'])
  })

  it('sets negated for "لم تتفق" and codes a deadlock', () => {
    const [e] = ar('لم تتفق أرمينيا وأذربيجان على ترسيم الحدود.')
    expect(e?.type).toBe('AGREE')
    expect(e?.negated).toBe(true)
    const [d] = ar('ولم يتوصل الطرفان بعد إلى اتفاق بشأن الحدود.')
    expect(d?.type).toBe('AGREE')
    expect(d?.negated).toBe(true)
  })

  it('reads the future prefix "س" and "من المقرر أن": a planned meeting is AGREE', () => {
    const [e] = ar('سيلتقي بوتين وأردوغان في إسطنبول الأسبوع المقبل.')
    expect(e?.type).toBe('AGREE')
    expect(e?.future).toBe(true)
    const [p] = ar('ومن المقرر أن يلتقي وزيرا خارجية أرمينيا وأذربيجان في ألماتي.')
    expect(p?.future).toBe(true)
  })

  it('codes demands, rejections and a blockade with their verb-first subjects', () => {
    expect(briefs('دعا الاتحاد الأوروبي باكو إلى إعادة فتح ممر لاتشين.')).toEqual(['REQUEST EU>AZE'])
    expect(briefs('رفضت يريفان المقترح الأذربيجاني.')).toEqual(['REJECT ARM>AZE'])
    expect(briefs('أغلقت أذربيجان ممر لاتشين.')).toEqual(['COERCE/restrict AZE>'])
  })

  it('codes a prisoner exchange as mutual and a release', () => {
    expect(briefs('تبادلت روسيا وأوكرانيا الأسرى في إسطنبول.')).toEqual(['RETREAT/release RUS,UKR>RUS,UKR'])
    expect(briefs('وأفرجت أذربيجان عن أربعة جنود أرمن.')[0]).toMatch(/^RETREAT\/release AZE>/)
  })

  it('codes an offer of talks in reported speech as future', () => {
    const [e] = ar('قال زيلينسكي إن أوكرانيا مستعدة للتفاوض.')
    expect(e?.type).toBe('AGREE')
    expect(e?.future).toBe(true)
    expect(e?.source.map((r) => r.country)).toEqual(['UKR'])
  })

  it('starts a new clause at a verb with "و": its subject is the clause before', () => {
    expect(briefs('رحب بلينكن بالاتفاق، ودعا الطرفين إلى مواصلة المحادثات.').map((b) => b.split(' ')[0])).toEqual(['SUPPORT', 'REQUEST'])
  })

  it('dates an event with the date of its sentence', () => {
    const text = 'وفي 19 سبتمبر 2023 شنت أذربيجان عملية عسكرية في قره باغ.'
    const [e] = code({ text, language: 'ar', actors: allActors(text, ACTORS), dates: [dateIn(text, '19 سبتمبر 2023', '2023-09-19', 'day')] })
    expect(e?.type).toBe('ASSAULT')
    expect(e?.date?.value).toBe('2023-09-19')
  })

  it.each([
    'نشرت وزارة الخارجية بيانا على موقعها الإلكتروني.',
    'وقع حادث سير على الطريق السريع قرب العاصمة.',
    'يحتفل الأرمن بعيد الفصح في الربيع.',
    'أرمينيا دولة في جنوب القوقاز يبلغ عدد سكانها نحو ثلاثة ملايين نسمة.',
    'تعمل الوزارة على تطوير وسائل التواصل الاجتماعي.',
    'يحمي القانون الدولي أسرى الحرب.',
  ])('codes nothing in "%s"', (text) => {
    expect(ar(text).map((e) => `${e.type} [${e.trigger.text}]`)).toEqual([])
  })
})
