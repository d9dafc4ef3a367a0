import { describe, expect, it } from 'vitest'
import { clean } from './index.js'
import { htmlDoc, linesOf } from './test-helpers.js'

const PAGE = `<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<title>Vier Dörfer übergeben | Beispielzeitung</title>
<meta property="og:title" content="Vier Dörfer übergeben">
<meta property="article:published_time" content="2024-05-24T08:15:00+02:00">
<link rel="canonical" href="/politik/vier-doerfer">
</head>
<body>
<header><a href="/">Beispielzeitung</a><nav><a href="/politik">Politik</a> <a href="/sport">Sport</a></nav></header>
<div class="tools">Schriftgröße A- A A+</div>
<main><article>
<h1>Vier Dörfer übergeben</h1>
<p>Armenien hat am Freitag vier unbewohnte Dörfer in der Grenzregion Tawusch an Aserbaidschan übergeben.</p>
<p>Die Übergabe folgt einer Einigung der Grenzkommissionen beider Staaten aus dem April, teilte die Regierung in Eriwan mit.</p>
<p>Lesen Sie auch:</p>
<ul><li><a href="/a">Neue Straßenbahnlinie in Graz eröffnet</a></li><li><a href="/b">Wetter: Gewitter am Wochenende</a></li><li><a href="/c">Inflation sinkt leicht</a></li></ul>
<p>Anwohner protestierten gegen die Entscheidung&nbsp;und blockierten eine Straße nach Georgien.</p>
<p>Premierminister Paschinjan verteidigte den Schritt als Beitrag zum Frieden.<br>Die Opposition kündigte weitere Proteste an.</p>
<p>Teilen</p>
</article></main>
<aside><h3>Meistgelesen</h3><ol><li><a href="/d">Unfall auf der A2</a></li></ol></aside>
<footer>© 2024 Beispielzeitung. Alle Rechte vorbehalten.</footer>
</body></html>`

describe('clean on HTML', () => {
  it('extracts the article paragraphs without page chrome, teaser links or widgets', () => {
    const doc = clean(htmlDoc(PAGE, { url: 'https://zeitung.example/politik/vier-doerfer?ref=home' }))
    expect(linesOf(doc.text)).toEqual([
      'Vier Dörfer übergeben',
      'Armenien hat am Freitag vier unbewohnte Dörfer in der Grenzregion Tawusch an Aserbaidschan übergeben.',
      'Die Übergabe folgt einer Einigung der Grenzkommissionen beider Staaten aus dem April, teilte die Regierung in Eriwan mit.',
      'Anwohner protestierten gegen die Entscheidung und blockierten eine Straße nach Georgien.',
      'Premierminister Paschinjan verteidigte den Schritt als Beitrag zum Frieden.',
      'Die Opposition kündigte weitere Proteste an.',
    ])
  })

  it('reads title, publication date, canonical URL and <html lang>', () => {
    const doc = clean(htmlDoc(PAGE, { url: 'https://zeitung.example/politik/vier-doerfer?ref=home' }))
    expect(doc).toMatchObject({
      title: 'Vier Dörfer übergeben',
      published: '2024-05-24T08:15:00+02:00',
      url: 'https://zeitung.example/politik/vier-doerfer',
      language: 'de',
    })
  })

  it('points each paragraph at where it starts in the raw HTML', () => {
    const doc = clean(htmlDoc(PAGE))
    const second = doc.paragraphs[1]
    expect(second && PAGE.slice(second.rawStart, second.rawStart + 20)).toBe('Armenien hat am Frei')
    for (const p of doc.paragraphs) expect(p.span.end - p.span.start).toBeGreaterThan(0)
    const starts = doc.paragraphs.map((p) => p.rawStart)
    expect([...starts].sort((a, b) => a - b)).toEqual(starts)
  })

  it('finds the date in JSON-LD or <time datetime>', () => {
    const jsonLd = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks","datePublished":"2023-05-01T09:00:00Z"}</script></head><body><article><p>${'The foreign ministers met in Washington for a second round of talks. '.repeat(4)}</p></article></body></html>`
    expect(clean(htmlDoc(jsonLd)).published).toBe('2023-05-01T09:00:00Z')
    const time = `<html><body><article><time datetime="2023-10-05">5 October</time><p>${'The leaders met in Granada on the margins of the summit. '.repeat(4)}</p></article></body></html>`
    expect(clean(htmlDoc(time)).published).toBe('2023-10-05')
  })

  it('copes with broken, unclosed markup', () => {
    const broken = '<html><body><div><p>The talks in Prague ended without a deal <b>but both sides <i>agreed to meet again<div><p>A second round is planned for Brussels</td></tr></table></span>'
    const doc = clean(htmlDoc(broken))
    expect(doc.text).toContain('The talks in Prague ended without a deal but both sides agreed to meet again')
    expect(doc.text).toContain('A second round is planned for Brussels')
  })

  it('falls back to the body for markup too deep for Readability, quickly', () => {
    const deep = `<html><body><p>The ministers met in Almaty for two days of talks on the treaty.</p>${'<div>'.repeat(3000)}<p>They agreed to continue the work on the draft.</p></body></html>`
    const started = performance.now()
    const doc = clean(htmlDoc(deep))
    expect(performance.now() - started).toBeLessThan(5000)
    expect(linesOf(doc.text)).toEqual(['The ministers met in Almaty for two days of talks on the treaty.', 'They agreed to continue the work on the draft.'])
    expect(doc.messages.map((m) => m.ruleId)).toContain('html-fallback')
  })

  it('cleans a feed-item fragment and puts the item title first', () => {
    const doc = clean(htmlDoc('<p>Both sides said the talks would resume &amp; continue in May.</p>', { title: 'Talks to resume', language: 'en' }))
    expect(doc.text).toBe('Talks to resume\nBoth sides said the talks would resume & continue in May.')
    expect(doc.title).toBe('Talks to resume')
  })

  it('throws empty-after-cleaning for a page without text', () => {
    const empty = '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav><script>track()</script></body></html>'
    expect(() => clean(htmlDoc(empty))).toThrowError(expect.objectContaining({ ruleId: 'empty-after-cleaning' }))
  })
})
