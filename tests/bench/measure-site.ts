/**
 * Build a project folder with `astro build` and measure what a reader gets:
 * wall time and peak memory of the build (the whole process tree, Pagefind
 * included, read from /proc), pages written, the size of `dist/`, the weight
 * of the timeline's first load, and the bytes the first search query
 * transfers in Chromium.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.ts';
import { serveDist } from '../support/serve-dist.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Resident memory of a process and its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const next = stack.pop()!;
    total += rss.get(next) ?? 0;
    stack.push(...(children.get(next) ?? []));
  }
  return total;
}

/** Wall time and peak memory of one stage of a build. */
export interface Stage {
  seconds: number;
  peakMB: number;
}

/** What `buildSite` measured. */
export interface SiteBuild {
  seconds: number;
  peakMB: number;
  /**
   * The build's stages, told apart by the lines it prints: `content` (starting Astro, reading
   * the articles and running the pipeline), `bundle` (Vite), `render` (writing the pages) and
   * `pagefind` (indexing); `pipeline` is what the loader reports of its own stages, in seconds.
   */
  stages: {
    content: Stage;
    bundle: Stage;
    render: Stage;
    pagefind: Stage;
    pipeline: Record<string, number>;
    fromCache: number;
  };
  output: string;
}

/**
 * Run `astro build` in a folder.
 *
 * @param dir - The project folder.
 * @param env - Extra environment variables.
 * @returns Wall seconds and peak resident memory of the process tree in MB, overall and by stage, and the build's output.
 */
export async function buildSite(dir: string, env: Record<string, string> = {}): Promise<SiteBuild> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // When each line arrived, and the memory of the process tree over time (ms since the start).
  const lines: Array<{ ms: number; text: string }> = [];
  const samples: Array<{ ms: number; rss: number }> = [];
  let partial = '';
  const read = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    const parts = (partial + text).split('\n');
    partial = parts.pop()!;
    for (const line of parts) lines.push({ ms: performance.now() - started, text: line });
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const poll = setInterval(() => samples.push({ ms: performance.now() - started, rss: treeRss(child.pid!) }), 200);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(poll);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`astro build failed in ${dir}:\n${output.slice(-4000)}`);
  const at = (pattern: RegExp, after = 0) => lines.find((line) => line.ms >= after && pattern.test(line.text));
  const loaded = at(/\[dateline\] \d+ articles/);
  const routes = at(/generating static routes/);
  const rendered = at(/✓ Completed in/, routes?.ms ?? ms);
  const indexed = at(/indexed \d+ search shards/);
  const stage = (from: number, to: number): Stage => ({
    seconds: (to - from) / 1000,
    peakMB: Math.round(Math.max(0, ...samples.filter((s) => s.ms >= from && s.ms <= to + 200).map((s) => s.rss)) / 1e6),
  });
  const pipeline = Object.fromEntries(
    [...(loaded?.text.matchAll(/(\w+) ([\d.]+) (ms|s)\b/g) ?? [])].map((m) => [
      m[1]!,
      Number(m[2]) / (m[3] === 'ms' ? 1000 : 1),
    ]),
  );
  return {
    seconds: ms / 1000,
    peakMB: Math.round(Math.max(0, ...samples.map((s) => s.rss)) / 1e6),
    stages: {
      content: stage(0, loaded?.ms ?? 0),
      bundle: stage(loaded?.ms ?? 0, routes?.ms ?? 0),
      render: stage(routes?.ms ?? 0, rendered?.ms ?? 0),
      pagefind: stage(rendered?.ms ?? 0, indexed?.ms ?? 0),
      pipeline,
      fromCache: Number(/(\d+) unchanged/.exec(loaded?.text ?? '')?.[1] ?? 0),
    },
    output,
  };
}

/** Every file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * Measure a built site.
 *
 * @param dist - The `dist/` folder.
 * @param query - The first query to type into the search field.
 * @returns Pages, bytes of dist/, the timeline's first load (HTML + CSS, gzipped), the largest HTML page, and the first query's bytes.
 */
export async function measureSite(dist: string, query: string) {
  const all = files(dist);
  const html = all.filter((file) => file.endsWith('.html'));
  const largest = html.reduce(
    (best, file) =>
      statSync(file).size > best.bytes ? { file: path.relative(dist, file), bytes: statSync(file).size } : best,
    { file: '', bytes: 0 },
  );
  const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const css = [...index.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
    (sum, m) => sum + gzipSync(readFileSync(path.join(dist, m[1]!))).length,
    0,
  );
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const sizes: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/pagefind/')) {
        // What a host sends: Pagefind's index files are compressed already; its script and JSON gzipped.
        void response
          .body()
          .then((body) =>
            sizes.push(/\.(?:js|json)(?:\?|$)/.test(response.url()) ? gzipSync(body).length : body.length),
          );
      }
    });
    await page.goto(`${server.url}/`);
    await page.fill('#search-input', query);
    await page.locator('#search-results .search-result').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return {
      pages: html.length,
      distMB: Math.round(all.reduce((sum, file) => sum + statSync(file).size, 0) / 1e5) / 10,
      timelineFirstLoadKB: Math.round((gzipSync(index).length + css) / 100) / 10,
      largestPage: { file: largest.file, KB: Math.round(largest.bytes / 100) / 10 },
      firstQuery: {
        query,
        requests: sizes.length,
        KB: Math.round(sizes.reduce((sum, size) => sum + size, 0) / 100) / 10,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
