import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
 * runs is found without a restart.
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
  server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    // The dev server as a reader starts it: without the test runner's variables (NODE_ENV=test, VITEST...).
    cwd: project.dir, env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST')), FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const status = () => fetch(`${base}/`).then((response) => response.status, () => 0);
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
    await page.goto(`${base}/about/`);
    await page.fill('#search-input', query);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toMatch(/events? and|No results/);
    return await page.locator('#search-results .search-result a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  } finally {
    await page.close();
  }
}

describe('search in npm run dev', () => {
  it('searches the current content, and finds an article saved while the server runs', async () => {
    expect((await search('Vladivostok')).some((href) => href.startsWith('/events/2024-10-21-'))).toBe(true);
    expect(await search('Zhuravka')).toEqual([]);
    writeFileSync(path.join(project.dir, 'content/articles/dev-wire.md'), [
      '---', 'title: "Shelling reported near Zhuravka"', 'published: 2025-02-03', 'outlet: Dev Wire', '---', '',
      'Ukrainian officials said on Sunday that shelling hit the village of Zhuravka near the border.', '',
    ].join('\n'));
    await expect.poll(() => search('Zhuravka'), { timeout: 45_000, interval: 1_000 }).toContain('/articles/dev-wire/');
    const hits = await search('Zhuravka');
    expect(hits.some((href) => href.startsWith('/events/2025-02-02-'))).toBe(true);
  });
});
