import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readInputs } from './index.js'
import type { InputItem } from './items.js'
import { collect, encodeSingleByte, tempDir, type TempDir } from './test-helpers.js'

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Caucasus Desk &amp; Co</title><link>https://news.example/</link><language>en-GB</language>
<item><title>Ministers meet in Berlin &ndash; day two</title><link>https://news.example/a/1</link>
<pubDate>Thu, 29 Feb 2024 18:00:00 GMT</pubDate><description>Short teaser.</description>
<content:encoded><![CDATA[<p>The foreign ministers of Armenia and Azerbaijan met for a second day in Berlin.</p>]]></content:encoded></item>
<item><title>Talks to resume</title><link>/a/2</link><dc:date>2024-03-01</dc:date>
<description>&lt;p&gt;Both sides said the talks would resume.&lt;/p&gt;</description></item>
<item><title>Only a title</title><link>https://news.example/a/3</link></item>
</channel></rss>`

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Caucase</title><id>urn:x</id><updated>2025-08-11T00:00:00Z</updated>
<entry><title type="html">Accord &amp;amp; paix</title><id>urn:1</id><link rel="alternate" href="https://presse.example/accord"/>
<published>2025-08-11T08:00:00Z</published><updated>2025-08-11T09:00:00Z</updated>
<summary>Résumé</summary><content type="html">&lt;p&gt;Le texte de l'accord a été publié lundi.&lt;/p&gt;</content></entry></feed>`

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><title>x</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`

let tmp: TempDir
beforeEach(() => {
  tmp = tempDir()
})
afterEach(() => tmp.remove())

function docs(items: InputItem[]) {
  return items.flatMap((i) => (i.ok ? [i.raw] : []))
}

describe('feeds', () => {
  it('turns each RSS item into a RawDoc with link, title, date and feed language', async () => {
    const path = tmp.write('feed.xml', RSS)
    const items = await collect(readInputs([path]))
    expect(items).toHaveLength(3)
    const [first, second] = docs(items)
    expect(first).toMatchObject({
      source: `${path}#1`,
      format: 'html',
      url: 'https://news.example/a/1',
      title: 'Ministers meet in Berlin – day two',
      published: 'Thu, 29 Feb 2024 18:00:00 GMT',
      language: 'en-GB',
      encoding: 'utf-8',
    })
    expect(first?.body).toContain('second day in Berlin') // content:encoded wins over description
    expect(second).toMatchObject({ source: `${path}#2`, published: '2024-03-01', url: 'https://news.example/a/2' })
    expect(second?.body).toBe('<p>Both sides said the talks would resume.</p>')
    expect(items[2]).toMatchObject({ ok: false, source: `${path}#3`, ruleId: 'empty-input' })
  })

  it('reads Atom entries (html titles to plain text, xml:lang, published date)', async () => {
    const [entry] = docs(await collect(readInputs([tmp.write('feed.atom', ATOM)])))
    expect(entry).toMatchObject({ title: 'Accord & paix', url: 'https://presse.example/accord', published: '2025-08-11T08:00:00Z', language: 'fr' })
    expect(entry?.body).toBe("<p>Le texte de l'accord a été publié lundi.</p>")
  })

  it('decodes a windows-1251 feed by its XML prolog', async () => {
    const xml = RSS.replace('UTF-8', 'windows-1251').replace('Talks to resume', 'Переговоры продолжатся')
    const items = await collect(readInputs([tmp.write('ru.rss', encodeSingleByte(xml.replace('&ndash;', '-'), 'windows-1251'))]))
    expect(docs(items)[1]).toMatchObject({ title: 'Переговоры продолжатся', encoding: 'windows-1251' })
  })

  it('gives malformed-feed for a truncated feed with no readable item', async () => {
    const items = await collect(readInputs([tmp.write('cut.xml', RSS.slice(0, 260))]))
    expect(items).toEqual([expect.objectContaining({ ok: false, ruleId: 'malformed-feed' })])
  })

  it('gives malformed-feed for XML that is not a feed at all', async () => {
    const items = await collect(readInputs([tmp.write('x.xml', '<?xml version="1.0"?><catalog><book>1</book></catalog>')]))
    expect(items).toEqual([expect.objectContaining({ ok: false, ruleId: 'malformed-feed' })])
  })

  it('refuses a billion-laughs feed quickly', async () => {
    const started = performance.now()
    const items = await collect(readInputs([tmp.write('bomb.xml', BOMB)]))
    expect(items).toEqual([expect.objectContaining({ ok: false, ruleId: 'malformed-feed', reason: expect.stringMatching(/ENTITY/) })])
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('says empty-input for a complete feed without items', async () => {
    const items = await collect(readInputs([tmp.write('none.rss', '<rss version="2.0"><channel><title>Quiet</title></channel></rss>')]))
    expect(items).toEqual([expect.objectContaining({ ok: false, ruleId: 'empty-input' })])
  })
})
