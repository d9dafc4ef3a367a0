/**
 * A synthetic multilingual corpus for the benchmark: documents recombined
 * from sentences written for Parley (never from third-party reports), with a
 * seeded generator so every run measures the same text.
 */
import { seededRandom } from '../src/core/seeded-random.js'

const SENTENCES: Record<string, readonly string[]> = {
  en: [
    'The foreign ministers of Armenia and Azerbaijan met in Berlin on Wednesday for two days of talks.',
    'Azerbaijan set up a checkpoint at the entrance of the Lachin corridor on 23 April 2023.',
    'Armenia accused Azerbaijani forces of shelling positions near Sotk overnight.',
    'The talks were hosted by the German foreign minister, who urged both sides to finish the treaty.',
    'Baku insisted that Yerevan must change its constitution before any treaty is signed.',
    'The two sides did not agree on the mechanism for the rights of the Armenians of Karabakh.',
    'According to Azerbaijani media, two soldiers were wounded in the exchange of fire.',
    'Pashinyan said Armenia was ready to sign the peace agreement within a month.',
    'The European Union will deploy a civilian monitoring mission along the border.',
    'Russia and Armenia exchanged accusations over the role of the peacekeepers.',
    'Prisoners of war were released in a swap agreed by the two governments.',
    'The leaders initialled the text of the agreement at the White House in August 2025.',
  ],
  vi: [
    'Ngoại trưởng Armenia và Azerbaijan đã hội đàm tại Berlin trong hai ngày.',
    'Azerbaijan thiết lập trạm kiểm soát tại hành lang Lachin vào ngày 23/4/2023.',
    'Armenia cáo buộc quân đội Azerbaijan nổ súng vào các vị trí gần biên giới.',
    'Hai bên vẫn chưa thống nhất về cơ chế bảo đảm quyền của người Armenia ở Karabakh.',
    'Theo truyền thông Azerbaijan, hai binh sĩ bị thương trong vụ đấu súng.',
    'Baku yêu cầu Yerevan sửa đổi hiến pháp trước khi ký hiệp ước hòa bình.',
    'Liên minh châu Âu kêu gọi hai bên sớm hoàn tất văn bản thỏa thuận.',
    'Các tù binh đã được trả tự do theo thỏa thuận giữa hai chính phủ.',
  ],
  ru: [
    'Министры иностранных дел Армении и Азербайджана провели переговоры в Берлине.',
    'Азербайджан установил контрольно-пропускной пункт на въезде в Лачинский коридор.',
    'Ереван обвинил азербайджанские войска в обстреле позиций у границы.',
    'Стороны не договорились о механизме защиты прав армян Карабаха.',
    'По данным азербайджанских СМИ, двое военнослужащих получили ранения.',
    'Баку требует, чтобы Армения изменила свою конституцию.',
    'Россия призвала стороны продолжить переговоры при её посредничестве.',
    'Пленные были освобождены в рамках обмена, согласованного правительствами.',
  ],
  fr: [
    "Les ministres des Affaires étrangères de l'Arménie et de l'Azerbaïdjan se sont rencontrés à Berlin.",
    "L'Azerbaïdjan a installé un poste de contrôle à l'entrée du corridor de Latchine.",
    "Erevan accuse les forces azerbaïdjanaises d'avoir tiré sur ses positions.",
    "Les deux parties ne se sont pas mises d'accord sur le tracé de la frontière.",
    "Selon les médias azerbaïdjanais, deux soldats ont été blessés.",
    "Bakou exige une modification de la constitution arménienne.",
  ],
  de: [
    'Die Außenminister Armeniens und Aserbaidschans trafen sich in Berlin zu Gesprächen.',
    'Aserbaidschan errichtete einen Kontrollpunkt am Eingang des Latschin-Korridors.',
    'Armenien warf den aserbaidschanischen Truppen vor, Stellungen beschossen zu haben.',
    'Die beiden Seiten einigten sich nicht auf den Verlauf der Grenze.',
    'Baku fordert eine Änderung der armenischen Verfassung.',
    'Die Europäische Union rief beide Seiten zur Zurückhaltung auf.',
  ],
}

const LANGUAGES = Object.keys(SENTENCES)

export interface BenchDoc {
  readonly language: string
  readonly title: string
  readonly paragraphs: readonly string[]
  /** Publication day, spread over two years as a feed's items are (ISO date); null for every third (a text file says none). */
  readonly published: string | null
}

const FIRST_DAY = Date.UTC(2023, 0, 1)
const DAY_MS = 86_400_000

/** Note: a function of the document's number, not a draw, so the texts stay what they were. */
function publishedOn(i: number): string | null {
  if (i % 3 === 2) return null
  return new Date(FIRST_DAY + ((i * 37) % 730) * DAY_MS).toISOString().slice(0, 10)
}

export function* benchDocs(count: number, seed = 7): Generator<BenchDoc> {
  const next = seededRandom(seed)
  for (let i = 0; i < count; i++) {
    const language = LANGUAGES[Math.floor(next() * LANGUAGES.length)]!
    const pool = SENTENCES[language]!
    const paragraphs: string[] = []
    const n = 4 + Math.floor(next() * 6)
    // Paragraphs end as a report's do, with the sentence's own full stop. Note: an earlier version
    // appended the paragraph's number ("... границы. (2.0)"), which made every line look like a
    // headline to the cleaning stage and added two numbers per line for the date grammar; it cost
    // the pipeline a fifth more than real prose does. The numbered title keeps each text unique, so
    // none is skipped as a duplicate. No paragraph repeats the one before it: a line repeated right
    // after itself is a teaser card to the cleaning stage (image caption and link), and is dropped.
    for (let p = 0; p < n; p++) {
      const k = Math.floor(next() * pool.length)
      paragraphs.push(pool[pool[k] === paragraphs.at(-1) ? (k + 1) % pool.length : k]!)
    }
    yield { language, title: `Report ${i}`, paragraphs, published: publishedOn(i) }
  }
}

export function asHtml(doc: BenchDoc): string {
  const body = doc.paragraphs.map((p) => `<p>${p}</p>`).join('\n')
  return `<!doctype html><html lang="${doc.language}"><head><title>${doc.title}</title>` +
    (doc.published ? `<meta property="article:published_time" content="${doc.published}T10:00:00Z">` : '') + `</head><body>` +
    `<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${doc.title}</h1>${body}</article>` +
    `<aside><h3>Read more</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">Markets today</a></li></ul></aside>` +
    `<footer>© Example News</footer></body></html>`
}
