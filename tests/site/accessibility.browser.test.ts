import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

/**
 * axe-core (WCAG 2.2 A and AA rules) in Chromium on the pages readers use:
 * the timeline, an event, an article, the sources page and search open with
 * results, in light and dark themes. Zero violations allowed.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const timeline = JSON.parse(readFileSync(new URL('../../dist/timeline.json', import.meta.url), 'utf8')) as {
  events: Array<{ url: string; claims: Array<{ article: string }> }>;
};
const pages = [
  '/',
  '/newest/',
  '/key-events/',
  timeline.events.at(-1)!.url,
  `/articles/${timeline.events[0]!.claims[0]!.article}/`,
  '/sources/',
  '/about/',
  '/entities/',
  '/entities/kursk/',
  '/no-such-page/',
  '/embed/',
  timeline.events.at(-1)!.url.replace('/events/', '/embed/events/'),
];

const site = useBuiltSite();

async function violations(url: string, scheme: 'light' | 'dark', search?: string, waitFor?: string, width = 1280) {
  // bypassCSP: the site's policy rightly refuses the axe script this test injects (the CSP test covers the policy).
  const context = await site.browser.newContext({
    colorScheme: scheme,
    viewport: { width, height: 900 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(`${site.url}${url}`);
  if (search) {
    await page.fill('#search-input', search);
    await page.locator('#search-results .search-result').first().waitFor();
  }
  if (waitFor) await page.locator(waitFor).first().waitFor();
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            options: object,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
  });
  await context.close();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const url of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${url} (${scheme})`, async () => {
        expect(await violations(url, scheme)).toEqual([]);
      });
    }
  }
  it('search open with results', async () => {
    expect(await violations('/', 'light', 'Kursk')).toEqual([]);
    expect(await violations('/', 'dark', 'Kursk')).toEqual([]);
  });
  for (const scheme of ['light', 'dark'] as const) {
    it(`the search page with results and a filter (${scheme})`, async () => {
      expect(
        await violations('/search/?q=kursk&outlet=Defence+Talks', scheme, undefined, '#event-results .search-result'),
      ).toEqual([]);
    });
  }
  // The header is laid out anew on phones (smaller links on one row with the name): their taps and contrast too.
  for (const width of [390, 320]) {
    it(`the timeline and search open on a phone (${width} px)`, async () => {
      expect(await violations('/', 'light', undefined, undefined, width)).toEqual([]);
      expect(await violations('/', 'dark', 'Kursk', undefined, width)).toEqual([]);
    });
  }
});
