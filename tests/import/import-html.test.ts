import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtml } from '../../src/import/import-html.ts';
import { readJsonLd } from '../../src/import/read-json-ld.ts';

/**
 * Saved web pages: the head and JSON-LD give the frontmatter, reader mode
 * (Readability) finds the article, and the furniture it keeps is sifted out.
 */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const page = (
  head: string,
  body = '<article><p>Officials said on Monday that North Korean troops had reached the front near Kursk, according to a statement published by the general staff in Kyiv.</p><p>The statement gave no figures, but said the troops had arrived in late January and were fighting alongside Russian units in the region.</p></article>',
) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('importHtml', () => {
  const capture = importHtml(fixture('news-page.html'));

  it('reads title, date, author, outlet and address from the head', () => {
    expect(capture.title).toEqual({
      value: 'Kim and Shoigu sign arms pact in Pyongyang',
      source: 'og:title',
      inferred: false,
    });
    // The publisher's own day: 22:15 on 4 March in New York is 5 March in UTC.
    expect(capture.published).toEqual({ value: '2025-03-04', source: 'article:published_time', inferred: false });
    expect(capture.author).toEqual({ value: 'Mira Kovac', source: 'the author meta tag', inferred: false });
    expect(capture.outlet).toEqual({ value: 'The Fixture Herald', source: 'og:site_name', inferred: false });
    expect(capture.url).toEqual({
      value: 'https://herald.example/world/2025/03/04/kim-shoigu-pact/',
      source: '<link rel="canonical">',
      inferred: false,
    });
  });

  it("keeps the article's text, headings and links as Markdown, and nothing of the furniture", () => {
    expect(capture.body).toBe(
      [
        "North Korean leader Kim Jong-un and Russia's Security Council secretary Sergei Shoigu signed a new arms agreement in Pyongyang on Tuesday, state media reported.",
        'The agreement, which officials said had been negotiated since *early January*, covers artillery shells, drones and the training of North Korean engineers in Russia.',
        'Shoigu told reporters that the first deliveries would take place in the second quarter, according to a transcript published by his office.',
        '## Reaction in Seoul',
        "South Korea's foreign ministry summoned the Russian ambassador on Wednesday and called the pact a violation of [United Nations sanctions](https://herald.example/topics/un-sanctions/).",
        'A ministry spokesperson said Seoul would raise the matter at the Security Council next week.',
        '',
      ]
        .join('\n\n')
        .replace(/\n\n$/, '\n'),
    );
    for (const furniture of [
      'World',
      'Facebook',
      'Photo:',
      'Advertisement',
      'READ:',
      'newsletter',
      'donation',
      'Comments',
      'Great article',
      'Related',
      'drone instructors',
      'Copyright',
      'Privacy',
    ]) {
      expect(capture.body).not.toContain(furniture);
    }
  });

  it('says what it dropped of what reader mode kept, and why', () => {
    expect(capture.dropped.map((d) => `${d.reason}: ${d.text}`)).toEqual([
      'the byline: By Mira Kovac',
      'the publication date: March 4, 2025',
      'an advertisement: Advertisement',
      'a cross-link to another article: READ: Seoul widens sanctions on Russian shipping',
      'an appeal for donations: Please support our independent journalism: make a small donation to The Fixture Herald to help us keep reporting.',
    ]);
  });

  it('falls back on JSON-LD NewsArticle when the Open Graph tags are missing', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Troops reach Kursk',
      datePublished: '2025-02-03',
      author: { '@type': 'Person', name: 'Ana Lee' },
      publisher: { '@type': 'Organization', name: 'Kyiv Wire' },
      mainEntityOfPage: { '@id': 'https://wire.example/troops' },
    });
    const found = importHtml(
      page(`<title>Troops reach Kursk - Kyiv Wire</title><script type="application/ld+json">${ld}</script>`),
    );
    expect(found.title).toMatchObject({ value: 'Troops reach Kursk', source: 'JSON-LD NewsArticle headline' });
    expect(found.published).toMatchObject({
      value: '2025-02-03',
      source: 'JSON-LD NewsArticle datePublished',
      inferred: false,
    });
    expect(found.author).toMatchObject({ value: 'Ana Lee', source: 'JSON-LD NewsArticle author' });
    expect(found.outlet).toMatchObject({ value: 'Kyiv Wire', source: 'JSON-LD NewsArticle publisher' });
    expect(found.url).toMatchObject({ value: 'https://wire.example/troops' });
  });

  it('a blog page of nested divisions: the article found among menus, widgets, share links, tags, author box and comment form', () => {
    const found = importHtml(fixture('blog-page.html'));
    expect(found.title).toMatchObject({
      value: 'Seoul: North Korea readies new troop rotation',
      source: 'twitter:title',
    });
    // The page's head has no date: the article's own dateline beats the guess from the address.
    expect(found.published).toEqual({
      value: '2025-02-14',
      source: 'a dateline in the article: "Posted on February 14, 2025 by"',
      inferred: false,
    });
    expect(found.author).toEqual({ value: 'Jin Park', source: "reader mode's byline", inferred: true });
    expect(found.body.split('\n\n').map((p) => p.slice(0, 30))).toEqual([
      "South Korea's National Intelli",
      'The agency believes the new co',
      'North Korea has not confirmed ',
      'The agency also said it had se',
    ]);
    for (const furniture of [
      'Breaking',
      'Home',
      'Share',
      'Related',
      'Tags',
      'Jin Park is',
      'Reply',
      'Recent Posts',
      'destroyer',
      'Archives',
      '©',
    ]) {
      expect(found.body).not.toContain(furniture);
    }
  });

  describe('edge cases', () => {
    it('a page with no metadata: title and date missing, the article still found, furniture dropped', () => {
      const found = importHtml(fixture('bare-page.html'));
      expect(found.title).toBeNull();
      expect(found.published).toBeNull();
      expect(found.body.split('\n\n')).toHaveLength(2);
      expect(found.body).not.toContain('Share');
    });

    it('a date found only in the address is inferred, with a note', () => {
      const found = importHtml(
        page('<title>Troops reach Kursk</title><link rel="canonical" href="https://wire.example/2025/02/03/troops/">'),
      );
      expect(found.published).toEqual({
        value: '2025-02-03',
        source: "the page's address (https://wire.example/2025/02/03/troops/)",
        inferred: true,
        note: 'Not stated in the page; read from its address, https://wire.example/2025/02/03/troops/.',
      });
    });

    it('takes the site name off <title>, ignores an author that is an address and a relative canonical link', () => {
      const found = importHtml(
        page(
          '<title>Troops reach Kursk | Kyiv Wire</title><meta property="og:site_name" content="Kyiv Wire"><meta property="article:author" content="https://facebook.example/ana"><link rel="canonical" href="/troops/">',
        ),
      );
      expect(found.title).toEqual({
        value: 'Troops reach Kursk',
        source: "<title>, less the site's name",
        inferred: false,
      });
      expect(found.author).toBeNull();
      expect(found.url).toBeNull();
    });

    it("takes the site's name off og:title too", () => {
      const found = importHtml(
        page(
          '<meta property="og:title" content="Troops reach Kursk · Kyiv Wire"><meta property="og:site_name" content="Kyiv Wire">',
        ),
      );
      expect(found.title).toEqual({
        value: 'Troops reach Kursk',
        source: "og:title, less the site's name",
        inferred: false,
      });
    });

    it('keeps a paragraph of prose that ends in a link or badge, and drops a paragraph that is only a link', () => {
      const found = importHtml(
        page(
          '<title>T</title>',
          [
            '<article><p>Officials said on Monday that North Korean troops had reached the front near Kursk. The general staff in Kyiv published the statement <a href="/s">reported 3 Feb 2025</a></p>',
            '<p><a href="/other">Ukraine says North Korean soldiers in Kursk receive combat drone training</a></p>',
            '<p>The statement gave no figures, but said the troops had arrived in late January and were fighting alongside Russian units in the region.</p></article>',
          ].join(''),
        ),
      );
      expect(found.body.split('\n\n')).toHaveLength(2);
      expect(found.body).toContain('published the statement [reported 3 Feb 2025]');
      expect(found.dropped.map((d) => d.text)).toEqual([
        'Ukraine says North Korean soldiers in Kursk receive combat drone training',
      ]);
    });

    it('a page with no article at all gives an empty body', () => {
      const found = importHtml(
        '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>',
      );
      expect(found.body).toBe('');
    });

    it('readJsonLd skips broken blocks, searches @graph and prefers a news article', () => {
      expect(
        readJsonLd([
          '{ not json',
          JSON.stringify({
            '@graph': [
              { '@type': 'WebPage', name: 'page' },
              { '@type': ['NewsArticle'], headline: 'news' },
            ],
          }),
        ]),
      ).toMatchObject({ headline: 'news' });
      expect(readJsonLd([JSON.stringify([{ '@type': 'Article', headline: 'plain' }])])).toMatchObject({
        headline: 'plain',
      });
      expect(readJsonLd(['null', '[]', '"x"'])).toBeNull();
    });
  });
});
