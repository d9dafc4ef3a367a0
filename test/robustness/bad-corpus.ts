/**
 * The bad-input corpus, generated into a folder next to a few good reports:
 * every kind of input the web hands a user (empty, binary, huge, broken,
 * mis-encoded, hostile), each with what Parley must make of it: stored, or a
 * failure with a given ruleId that names the input. Deterministic: no
 * randomness but a seeded generator, no clock.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Expectation {
  /** The source Parley reports: a path, `path#n` for a feed item, `path:LINE` for a JSONL line. */
  readonly source: string
  /** 'stored', or the ruleId of the failure. */
  readonly outcome: string
  readonly what: string
}

export interface BadCorpus {
  /** What to pass to ingest: the folder, plus inputs only reachable by name. */
  readonly inputs: readonly string[]
  readonly expected: readonly Expectation[]
  /** The good reports alone (ingested first, to check that nothing stored is touched). */
  readonly good: readonly string[]
}

const EN = 'The foreign ministers of Armenia and Azerbaijan met in Almaty on 10 May 2024 and agreed to continue work on the peace treaty.'
const EN2 = 'Azerbaijan and Armenia completed the delimitation of a first section of their border near the village of Baghanis in April 2024.'
const RU = 'Министры иностранных дел Армении и Азербайджана провели переговоры в Алматы и договорились продолжить работу над мирным договором.'
/** A sentence of its own for each input, so that no two inputs clean to the same text (which would be stored once). */
const own = (name: string): string => `Correspondents filed the ${name} account after the meeting in Almaty.`
/** Written with bidi overrides, a zero-width space and a soft hyphen inside the names (bidi.txt). */
export const BIDI = 'Armenia and Azerbaijan signed a joint declaration in Washington on 8 August 2025.'
const FR = "Les dirigeants de l'Arménie et de l'Azerbaïdjan se sont rencontrés à Grenade le 5 octobre 2023 en marge du sommet européen."

/** Seeded bytes (xorshift32): the same "random" binary every run. */
function noise(size: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(size)
  let x = seed
  for (let i = 0; i < size; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

/** Windows-1251 bytes of Cyrillic text (only the letters and punctuation used here). */
function cp1251(text: string): Buffer {
  return Buffer.from([...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 0x3f
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
    if (ch === 'ё') return 0xb8
    return code < 0x80 ? code : 0x3f
  }))
}

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>x</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`
const XXE = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>&xxe;</title><content>&xxe;</content></entry></feed>`
const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Desk</title><language>en</language>
<item><title>Border commissions meet</title><link>https://news.example/1</link><description>${EN2}</description></item>
<item><title>Hostile link</title><link>javascript:alert(1)</link><description>&lt;p&gt;${EN} &lt;img src=x onerror=alert(1)&gt;&lt;/p&gt;</description></item>
</channel></rss>`

type Files = Record<string, string | Buffer>

function goodFiles(): Files {
  return {
    'good-en.txt': `${EN}\n\n${EN2}\n`,
    'good-ru.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Переговоры в Алматы</title></head><body><article><p>${RU}</p></article></body></html>`,
    'good-fr.md': `# Rencontre à Grenade\n\n${FR}\n\n- **Les ministres** ont préparé la [rencontre](https://presse.example/grenade).\n`,
  }
}

function brokenMarkup(): Files {
  return {
    'deep.html': `<html><body>${'<div>'.repeat(60_000)}<p>${EN} ${own('deep')}</p></body></html>`,
    'unclosed.html': `<html><body><p>${own('unclosed')}<p><b><i>${EN2}<table><tr><td>${'<span>'.repeat(3000)}${'<tr><td>cell'.repeat(2000)}`,
    'unclosed-script.html': `<p>${EN} ${own('script')}</p><script>document.title = "pwned"; ${'var x = 1; '.repeat(500)}`,
    'unclosed-comment.html': `<p>${EN} ${own('comment')}</p><!-- ${'never closed '.repeat(500)}`,
    'tags-only.html': '<html><body><div><span></span></div><script>alert(1)</script><style>p{}</style></body></html>',
    'hostile.html': `<html><head><link rel="canonical" href="javascript:alert(document.cookie)"><title>&lt;script&gt;alert(1)&lt;/script&gt;</title></head>` +
      `<body><p>${own('hostile')}</p><p>&lt;svg onload=alert(1)&gt; <a href="data:text/html,<script>alert(1)</script>">link</a></p><script>alert(2)</script></body></html>`,
  }
}

function encodings(): Files {
  const invalid = Buffer.concat([Buffer.from(`${EN} `), Buffer.from([0xc3, 0x28, 0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88]), Buffer.from(` ${EN2}\n`)])
  const mixed = Buffer.concat([
    Buffer.from(`<html><head><meta charset="utf-8"></head><body><p>${RU}</p><p>`), cp1251(RU), Buffer.from('</p></body></html>'),
  ])
  return {
    'invalid-utf8.txt': invalid,
    'mixed-encoding.html': mixed,
    'bogus-charset.html': `<html><head><meta charset="x-no-such-charset-999"></head><body><p>${EN} ${own('bogus')}</p></body></html>`,
    'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${EN} ${own('UTF-16')}\n`, 'utf16le')]),
    'bidi.txt': `\u202e${BIDI.replace('Armenia', 'Arme\u200bnia').replace('Azerbaijan', 'Azer\u00adbai\u2066jan\u2069')}\ufeff\n\u2067${own('bidi')}\u202c\n`,
    'control.txt': Buffer.from(Array.from({ length: 4000 }, (_, i) => (i % 5 === 0 ? 0x41 : (i % 30) + 1))),
  }
}

function sizes(): Files {
  const line = Array.from({ length: 800 }, (_, i) => `Round ${i + 1} of the talks between Armenia and Azerbaijan ended without an agreement on the border.`).join(' ')
  const sentence = `${Array.from({ length: 60 }, (_, i) => `the delegations of Armenia and Azerbaijan discussed item ${i + 1}`).join(', ')}.`
  return {
    'long-line.txt': `${line}\n`,
    'long-sentence.txt': `${sentence[0]?.toUpperCase()}${sentence.slice(1)}\n`,
    'no-spaces.txt': `${'ArmeniaAzerbaijan'.repeat(20_000)}\n`,
    'too-long.txt': `${EN}\n`.repeat(5000),
  }
}

function feedsAndLines(): Files {
  const bad = [
    JSON.stringify({ text: EN, title: 'Talks in Almaty', url: 'https://news.example/almaty', language: 'en' }),
    '{not json',
    JSON.stringify({ title: 'no body' }),
    JSON.stringify({ text: 5 }),
    JSON.stringify({ text: '   \u200b  ' }),
    '', // blank lines are skipped silently
    '['.repeat(100_000),
    `{"__proto__": {"polluted": "yes"}, "text": ${JSON.stringify(EN2)}}`,
    `{"text": "Armenia and Azerbaijan \\ud800 exchanged prisoners in December 2023 as a goodwill gesture."}`,
    JSON.stringify({ html: `<script>alert(1)</script><p>${FR}</p>`, url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>' }),
  ]
  return {
    'lines.jsonl': Buffer.concat([Buffer.from(`\ufeff${bad.join('\n')}\n`), Buffer.from([0xff, 0xfe, 0x7b, 0x0a])]),
    'archive.jsonl': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), noise(2000, 7)]),
    'good-feed.rss': FEED,
    'broken.rss': FEED.slice(0, FEED.indexOf('<item>') + 20),
    'laughs.xml': BOMB,
    'xxe.atom': XXE,
    'not-a-feed.rdf': 'just some words, not XML at all',
  }
}

function binaries(): Files {
  return {
    'empty.txt': '',
    'blank.md': ' \n\t\r\n\u00a0\u200b\ufeff  \n',
    'image.html': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(3000, 3)]),
    'random.txt': noise(100_000),
    'program.md': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), noise(3000, 11)]),
    'report.pdf.txt': Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(3000, 13)]),
  }
}

/** What each generated input must give (sources relative to the corpus folder). */
const OUTCOMES: Record<string, string> = {
  'good-en.txt': 'stored', 'good-ru.html': 'stored', 'good-fr.md': 'stored',
  'deep.html': 'stored', 'unclosed.html': 'stored', 'unclosed-script.html': 'stored', 'unclosed-comment.html': 'stored',
  'tags-only.html': 'empty-after-cleaning', 'hostile.html': 'stored',
  'invalid-utf8.txt': 'stored', 'mixed-encoding.html': 'stored', 'bogus-charset.html': 'stored', 'utf16.txt': 'stored', 'bidi.txt': 'stored',
  'control.txt': 'binary-input',
  'long-line.txt': 'stored', 'long-sentence.txt': 'stored', 'no-spaces.txt': 'stored', 'too-long.txt': 'text-too-long',
  'lines.jsonl:1': 'stored', 'lines.jsonl:2': 'malformed-jsonl-line', 'lines.jsonl:3': 'malformed-jsonl-line', 'lines.jsonl:4': 'malformed-jsonl-line',
  'lines.jsonl:5': 'empty-input', 'lines.jsonl:7': 'malformed-jsonl-line', 'lines.jsonl:8': 'stored', 'lines.jsonl:9': 'stored',
  'lines.jsonl:10': 'stored', 'lines.jsonl:11': 'malformed-jsonl-line',
  'archive.jsonl': 'binary-input',
  'good-feed.rss#1': 'stored', 'good-feed.rss#2': 'stored', 'broken.rss': 'malformed-feed', 'laughs.xml': 'malformed-feed',
  'xxe.atom': 'malformed-feed', 'not-a-feed.rdf': 'malformed-feed',
  'empty.txt': 'empty-input', 'blank.md': 'empty-input', 'image.html': 'binary-input', 'random.txt': 'binary-input',
  'program.md': 'binary-input', 'report.pdf.txt': 'binary-input',
  'huge.html': 'input-too-large', 'huge.txt': 'input-too-large',
  'ünïcödé name; $(echo no) & spaces.txt': 'stored',
}

/** Things that are not plain files: special files, links, permissions, a page of 100 MB. */
function special(dir: string, expected: Expectation[]): void {
  // Sparse files: 100 MB on paper, nothing on disk; refused from their size alone.
  for (const name of ['huge.html', 'huge.txt']) {
    writeFileSync(join(dir, name), '')
    truncateSync(join(dir, name), 100 * 1024 * 1024)
  }
  writeFileSync(join(dir, 'ünïcödé name; $(echo no) & spaces.txt'), `${EN2} ${own('oddly named')}\n`)
  symlinkSync('/dev/zero', join(dir, 'zero.txt'))
  expected.push({ source: join(dir, 'zero.txt'), outcome: 'unsupported-input', what: 'a link to /dev/zero' })
  try {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')])
    expected.push({ source: join(dir, 'pipe.txt'), outcome: 'unsupported-input', what: 'a named pipe nobody writes to' })
  } catch {
    // no mkfifo here: nothing to test
  }
  mkdirSync(join(dir, 'loop'))
  symlinkSync('..', join(dir, 'loop', 'parent'))
  if (process.getuid?.() !== 0) {
    writeFileSync(join(dir, 'locked.txt'), EN)
    chmodSync(join(dir, 'locked.txt'), 0)
    expected.push({ source: join(dir, 'locked.txt'), outcome: 'unreadable-input', what: 'a file without read permission' })
  }
}

export function writeBadCorpus(root: string): BadCorpus {
  const dir = join(root, 'corpus')
  mkdirSync(dir, { recursive: true })
  const files: Files = { ...goodFiles(), ...brokenMarkup(), ...encodings(), ...sizes(), ...feedsAndLines(), ...binaries() }
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  const expected: Expectation[] = Object.entries(OUTCOMES).map(([source, outcome]) => ({ source: join(dir, source), outcome, what: source }))
  special(dir, expected)
  const named = [
    { source: join(root, 'missing.txt'), outcome: 'unreadable-input', what: 'a path that does not exist' },
    { source: 'file:///etc/passwd', outcome: 'unsupported-input', what: 'a file: URL' },
    { source: join(root, 'notes.docx'), outcome: 'unsupported-input', what: 'an unknown extension, named explicitly' },
  ]
  writeFileSync(join(root, 'notes.docx'), noise(500, 5))
  return {
    inputs: [dir, ...named.map((n) => n.source)],
    expected: [...expected, ...named],
    good: Object.keys(goodFiles()).map((name) => join(dir, name)),
  }
}
