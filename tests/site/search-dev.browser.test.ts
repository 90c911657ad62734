import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { projectCopy } from '../support/project-copy.ts';

/**
 * Search in `npm run dev`: the dev server indexes the pages as they render
 * now (there is no dist/ in the copy at all), and an article saved while it
 * runs is found without a restart. Saving also updates everything else live:
 * the article's page with its claims, the events they feed and the timeline,
 * and an edited sentence moves its claim to another event.
 */
const project = projectCopy(true);
const root = fileURLToPath(new URL('../../', import.meta.url));
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let base = '';
let log = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      // The dev server as a reader starts it: without the test runner's variables (NODE_ENV=test, VITEST...).
      cwd: project.dir,
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST',
          ),
        ),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const status = () =>
    fetch(`${base}/`).then(
      (response) => response.status,
      () => 0,
    );
  for (let waited = 0; (await status()) !== 200; waited += 500) {
    if (waited > 60_000) throw new Error(`astro dev did not answer on ${base} within a minute:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid);
  project.remove();
});

/** Search from the header of a freshly loaded page; the hrefs of the results. */
async function search(query: string): Promise<string[]> {
  const page = await browser!.newPage();
  try {
    // Loaded for good: on its first pages the dev server may still be optimising dependencies and reload.
    await page.goto(`${base}/about/`, { waitUntil: 'networkidle' });
    await page.fill('#search-input', query);
    let typed = performance.now();
    await expect
      .poll(
        async () => {
          const status = (await page.locator('#search-status').textContent()) ?? '';
          if (!status && performance.now() - typed > 8_000) {
            // A reload ate the query: type it again.
            await page.fill('#search-input', '');
            await page.fill('#search-input', query);
            typed = performance.now();
          }
          return status;
        },
        { timeout: 30_000 },
      )
      .toMatch(/ for “.*”\.$|No results/);
    return await page
      .locator('#search-results .search-result a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  } finally {
    await page.close();
  }
}

describe('search in npm run dev', () => {
  it('searches the current content, and finds an article saved while the server runs', async () => {
    expect((await search('Vladivostok')).some((href) => href.startsWith('/events/2024-10-21-'))).toBe(true);
    expect(await search('Zhuravka')).toEqual([]);
    writeFileSync(
      path.join(project.dir, 'content/articles/dev-wire.md'),
      [
        '---',
        'title: "Shelling reported near Zhuravka"',
        'published: 2025-02-03',
        'outlet: Dev Wire',
        '---',
        '',
        'Ukrainian officials said on Sunday that shelling hit the village of Zhuravka near the border.',
        '',
      ].join('\n'),
    );
    await expect.poll(() => search('Zhuravka'), { timeout: 45_000, interval: 1_000 }).toContain('/articles/dev-wire/');
    const hits = await search('Zhuravka');
    expect(hits.some((href) => href.startsWith('/events/2025-02-02-'))).toBe(true);
  });
});

/** The HTML of a page of the dev server, or `null` while it does not answer 200. */
async function page(url: string): Promise<string | null> {
  const response = await fetch(`${base}${url}`).catch(() => null);
  return response?.status === 200 ? await response.text() : null;
}

/**
 * The paragraphs of an article page with dated claims: the text and the
 * events its claims link to (a claim's sentence can be cut into several
 * marked spans by its date link, so the paragraph is the unit). Read from the
 * HTML the dev server sends, without a browser: a browser tab would also take
 * the dev server's reload messages while the test polls.
 */
async function claimsOn(slug: string): Promise<Array<{ text: string; events: string[] }>> {
  const html = await page(`/articles/${slug}/`);
  if (!html) return [];
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)]
    .map((m) => m[1]!)
    .filter((inner) => inner.includes('class="sentence claim"'))
    .map((inner) => ({
      text: inner
        .replace(/<[^>]*>/g, '')
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim(),
      events: [...inner.matchAll(/href="\/events\/([^/"]+)\/"/g)].map((link) => link[1]!),
    }));
}

/**
 * Wait until the dev server shows `sentence` (a sentence of `slug`) as a claim
 * on its article page, feeding an event whose id starts with `day`, with that
 * event's page quoting it and the timeline linking to it.
 *
 * @returns The event id and the seconds it took from `since`.
 */
async function waitForLive(
  slug: string,
  sentence: string,
  day: string,
  since: number,
): Promise<{ id: string; seconds: number }> {
  let id = '';
  await expect
    .poll(
      async () => {
        const claim = (await claimsOn(slug)).find((c) => c.text.includes(sentence));
        id = claim?.events.find((event) => event.startsWith(`${day}-`)) ?? '';
        if (!id) return `no claim of "${sentence}" dated ${day} on /articles/${slug}/ yet`;
        const event = await page(`/events/${id}/`);
        if (!event?.includes(sentence)) return `/events/${id}/ does not quote the sentence yet`;
        if (!(await page('/'))?.includes(`href="/events/${id}/"`)) return `the timeline does not list ${id} yet`;
        return 'live';
      },
      { timeout: 45_000, interval: 500 },
    )
    .toBe('live');
  return { id, seconds: (performance.now() - since) / 1000 };
}

describe('live updates in npm run dev', () => {
  it('shows a saved article with its claims, their event and its timeline entry within seconds', async () => {
    const file = path.join(project.dir, 'content/articles/dev-live.md');
    const sentence = 'Engineers reopened the Sudzha gas metering station on March 3, 2025, regional officials said.';
    const since = performance.now();
    writeFileSync(
      file,
      [
        '---',
        'title: "Sudzha station reopened"',
        'published: 2025-03-05',
        'outlet: Dev Wire',
        '---',
        '',
        sentence,
        '',
      ].join('\n'),
    );
    const { id, seconds } = await waitForLive('dev-live', sentence, '2025-03-03', since);
    console.log(`dev: new article live (claims, event ${id}, timeline) ${seconds.toFixed(1)} s after saving`);
    // Its dated sentence is searched in its event (an article's claims are not indexed twice).
    await expect.poll(() => search('metering'), { timeout: 30_000, interval: 500 }).toContain(`/events/${id}/`);
    console.log(`dev: ... and found by search ${((performance.now() - since) / 1000).toFixed(1)} s after saving`);
  });

  it("moves a claim to another event when an existing article's sentence is edited", async () => {
    const slug = 'us-military-reveals-north-korea-russia-deal';
    const file = path.join(project.dir, `content/articles/${slug}.md`);
    const old = (await claimsOn(slug))
      .find((claim) => claim.text.includes('On December 2, President Zelensky'))
      ?.events.find((id) => id.startsWith('2024-12-02-'));
    expect(old).toBeTruthy();
    const since = performance.now();
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('On December 2, President Zelensky', 'On December 3, President Zelensky'),
    );
    const { id, seconds } = await waitForLive(
      slug,
      'On December 3, President Zelensky confirmed reports',
      '2024-12-03',
      since,
    );
    console.log(`dev: edited sentence moved to event ${id} ${seconds.toFixed(1)} s after saving`);
    expect(id).not.toBe(old);
    // The old event no longer quotes the sentence (it is withdrawn, or left to its other reports).
    expect((await page(`/events/${old}/`)) ?? '').not.toContain('On December 2, President Zelensky');
  });
});
