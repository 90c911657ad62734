import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { projectCopy } from '../support/project-copy.ts';
import { serveDist } from '../support/serve-dist.ts';

/**
 * A name the press spells two ways, searched on a real build with Pagefind's
 * own index: reports that write "Sudzha" and reports that write "Sudja"
 * (often, so that Pagefind scores them higher), their events all in one
 * search shard. Searching a spelling finds the events whose reports use it
 * first, each with an excerpt of that spelling, and the other spelling's
 * events after them; the other spelling's matches in the same shard never
 * replace them.
 */
const article = (slug: string, title: string, published: string, outlet: string, ...paragraphs: string[]) => ({
  slug,
  text: [
    '---',
    `title: "${title}"`,
    `published: ${published}`,
    `outlet: "${outlet}"`,
    '---',
    '',
    ...paragraphs,
    '',
  ].join('\n\n'),
});
const articles = [
  article(
    'sudzha-withdrawal',
    'Forces withdraw from Sudzha',
    '2025-03-14',
    'Northern Wire',
    'Ukrainian forces withdrew from Sudzha on March 12, 2025, the general staff said.',
  ),
  article(
    'sudja-shelling',
    'Shelling of Sudja',
    '2025-02-22',
    'Border Daily',
    'Russian artillery shelled Sudja on February 20, 2025; Sudja officials said the Sudja hospital and the Sudja market were hit.',
    'Residents left Sudja on February 10, 2025, after the Sudja bridge was closed, Sudja officials said.',
  ),
  article(
    'sudzha-station',
    'Gas station surveyed',
    '2025-01-20',
    'Pipeline Monitor',
    'Engineers surveyed the gas metering station at Sudzha on January 15, 2025, regional officials said.',
  ),
];

const project = projectCopy(false);
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let events: Array<{ id: string; claims: Array<{ article: string; sentence: string }> }>;
beforeAll(async () => {
  for (const { slug, text } of articles) writeFileSync(path.join(project.dir, 'content/articles', `${slug}.md`), text);
  const result = await project.build();
  expect(result.code, result.output).toBe(0);
  events = (JSON.parse(readFileSync(path.join(project.dir, 'dist/timeline.json'), 'utf8')) as { events: typeof events })
    .events;
  server = await serveDist(path.join(project.dir, 'dist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project.remove();
});

/** The events whose reports write `spelling`, by id. */
const using = (spelling: string) =>
  events
    .filter((event) => event.claims.some((claim) => new RegExp(`\\b${spelling}\\b`).test(claim.sentence)))
    .map((event) => event.id);

/** The event results of a search on the search page: their ids and excerpts, in order. */
async function searchEvents(page: Page, q: string) {
  await page.goto(`${server.url}/search/?q=${q}`);
  await page.locator('#event-results .search-result').first().waitFor();
  return page.locator('#event-results .search-result').evaluateAll((items) =>
    items.map((item) => ({
      id: decodeURIComponent(item.querySelector('a')!.getAttribute('href')!.split('/')[2]!),
      marked: [...item.querySelectorAll('.result-excerpt mark')].map((mark) => mark.textContent),
    })),
  );
}

describe('a name spelt two ways, on the real index', () => {
  it('builds the events of both spellings into one search shard', () => {
    expect(using('Sudzha')).toHaveLength(2);
    expect(using('Sudja')).toHaveLength(2);
    const shard = readFileSync(path.join(project.dir, 'dist/search-index/events/1/index.html'), 'utf8');
    for (const { id } of events) expect(shard).toContain(`id="${id}"`);
  });

  for (const [typed, other] of [
    ['Sudzha', 'Sudja'],
    ['Sudja', 'Sudzha'],
  ] as const) {
    it(`finds the events whose reports write “${typed}” first, with excerpts of that spelling, then “${other}”`, async () => {
      const page = await browser.newPage();
      const results = await searchEvents(page, typed);
      const first = using(typed);
      expect(
        results
          .map((r) => r.id)
          .slice(0, first.length)
          .sort(),
      ).toEqual([...first].sort());
      expect(
        results
          .map((r) => r.id)
          .slice(first.length)
          .sort(),
      ).toEqual([...using(other)].sort());
      for (const result of results.slice(0, first.length)) expect(result.marked, result.id).toContain(typed);
      for (const result of results.slice(first.length)) expect(result.marked, result.id).toContain(other);
      // The header's field agrees with the search page.
      await page.goto(`${server.url}/`);
      await page.fill('#search-input', typed);
      await page.locator('#search-results .search-result').first().waitFor();
      const header = await page
        .locator('#search-results .result-event a')
        .evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')!.split('/')[2]!)));
      expect(header.slice(0, first.length).sort()).toEqual([...first].sort());
      await page.close();
    });
  }
});
