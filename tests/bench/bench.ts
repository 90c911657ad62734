/**
 * `npm run bench [-- --articles N --runs R]`: Dateline's performance figures,
 * as medians of several runs (the machines are shared and noisy; report
 * ratios and medians, not single timings). Writes `tests/bench/results.json`.
 *
 * - extraction: read + remark parse + sentences + dates + claims, MB/s of Markdown on one core;
 * - merging: building events (merging, titles, ids) from 100,000 claims;
 * - hostile input: a 1 MB paragraph of digits and month names, through extraction and through
 *   the whole pipeline (events and rendering included);
 * - the site: the corpus built with `astro build` (wall time, peak memory), pages written,
 *   `dist/` size, the timeline's first load, the largest page, and the bytes the first search
 *   query transfers in Chromium (`--no-site` skips it).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { buildEvents } from '../../src/pipeline/build-events.ts';
import { extractClaims } from '../../src/pipeline/extract-claims.ts';
import { readArticle } from '../../src/pipeline/read-article.ts';
import type { Claim } from '../../src/pipeline/types.ts';
import { generateCorpus } from '../support/generate-corpus.ts';
import { projectCopy } from '../support/project-copy.ts';
import { buildBaseline } from './baseline-site.ts';
import { buildSite, measureSite } from './measure-site.ts';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const count = option('articles', 1000);
const runs = option('runs', 5);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const time = (work: () => void) => {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
};

const corpus = generateCorpus(count);
const bytes = corpus.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
console.log(`corpus: ${count} articles, ${(bytes / 1e6).toFixed(2)} MB of Markdown`);

let claims: Claim[] = [];
const extraction = Array.from({ length: runs }, () =>
  time(() => {
    claims = [];
    for (const { file, text } of corpus) {
      const article = readArticle(text, file);
      if (!article.meta) throw new Error(`${file}: ${article.messages.map((m) => m.reason).join('; ')}`);
      claims.push(...extractClaims(article.slug, article.tree, article.bodyLine, article.meta.published, file).claims);
    }
  }));
const extractionSeconds = median(extraction);
console.log(`extraction: ${(bytes / 1e6 / extractionSeconds).toFixed(2)} MB/s (median of ${runs}; ${claims.length} claims)`);

// Merging at scale: enough generated articles for 100,000 claims, extracted once, merged several times.
const bigCorpus = generateCorpus(Math.ceil((count * 100_000) / Math.max(1, claims.length)), 2);
const bigClaims: Claim[] = [];
const bigFacts = new Map<string, { published: string; outlet?: string }>();
for (const { file, text } of bigCorpus) {
  const article = readArticle(text, file);
  bigFacts.set(article.slug, { published: article.meta!.published, ...(article.meta!.outlet ? { outlet: article.meta!.outlet } : {}) });
  bigClaims.push(...extractClaims(article.slug, article.tree, article.bodyLine, article.meta!.published, file).claims);
}
let eventCount = 0;
const merging = median(Array.from({ length: 3 }, () => time(() => {
  eventCount = buildEvents(bigClaims, bigFacts).events.length;
})));
console.log(`merging ${bigClaims.length} claims from ${bigCorpus.length} articles into ${eventCount} events: ${merging.toFixed(2)} s (median of 3)`);

const hostile = `---\ntitle: Hostile\npublished: 2024-12-10\n---\n\n${'December 2024 31 10,000 May 1950-53 Friday, '.repeat(24_000)}\n`;
const hostileExtraction = median(Array.from({ length: 3 }, () => time(() => {
  const article = readArticle(hostile, 'hostile.md');
  extractClaims(article.slug, article.tree, article.bodyLine, '2024-12-10', 'hostile.md');
})));
// Linear time: the same paragraph at a quarter of the size should take about a quarter of the time.
const quarter = `---\ntitle: Hostile\npublished: 2024-12-10\n---\n\n${'December 2024 31 10,000 May 1950-53 Friday, '.repeat(6_000)}\n`;
const quarterExtraction = median(Array.from({ length: 3 }, () => time(() => {
  const article = readArticle(quarter, 'quarter.md');
  extractClaims(article.slug, article.tree, article.bodyLine, '2024-12-10', 'quarter.md');
})));
const hostileSeconds = median(Array.from({ length: 3 }, () => time(() => buildCorpus([{ file: 'hostile.md', text: hostile }]))));
console.log(`1 MB paragraph of digits and month names: extraction ${hostileExtraction.toFixed(2)} s (${(hostileExtraction / quarterExtraction).toFixed(1)}x the time of a quarter of it: linear is 4x), whole pipeline with rendering ${hostileSeconds.toFixed(2)} s (medians of 3)`);

let site: Record<string, unknown> | null = null;
if (!process.argv.includes('--no-site')) {
  const project = projectCopy(false);
  try {
    for (const { file, text } of corpus) writeFileSync(path.join(project.dir, 'content/articles', path.basename(file)), text);
    const build = await buildSite(project.dir);
    const measured = await measureSite(path.join(project.dir, 'dist'), 'Kursk');
    const baseline = await buildBaseline(corpus);
    const ratio = build.seconds / (baseline.astroSeconds + baseline.pagefindSeconds);
    site = { buildSeconds: build.seconds, buildPeakMB: build.peakMB, ...measured, baseline, ratioToBaseline: ratio };
    console.log(`baseline (plain Astro, glob loader, one page per article, + Pagefind): ${baseline.astroSeconds.toFixed(1)} s + ${baseline.pagefindSeconds.toFixed(1)} s, peak ${baseline.astroPeakMB} MB; Dateline takes ${ratio.toFixed(2)}x`);
    console.log(`site: ${measured.pages} pages in ${build.seconds.toFixed(1)} s, peak ${build.peakMB} MB; dist ${measured.distMB} MB; timeline first load ${measured.timelineFirstLoadKB} KB; largest page ${measured.largestPage.KB} KB (${measured.largestPage.file}); first query “Kursk” ${measured.firstQuery.KB} KB in ${measured.firstQuery.requests} requests`);
  } finally {
    project.remove();
  }
}

const results = {
  measured: new Date().toISOString().slice(0, 10),
  node: process.version,
  articles: count,
  markdownBytes: bytes,
  runs,
  extraction: { medianSeconds: extractionSeconds, megabytesPerSecond: bytes / 1e6 / extractionSeconds, claims: claims.length },
  merging: { medianSeconds: merging, claims: bigClaims.length, articles: bigCorpus.length, events: eventCount },
  hostileParagraph: {
    bytes: hostile.length, extractionMedianSeconds: hostileExtraction, wholePipelineMedianSeconds: hostileSeconds,
    quarterBytes: quarter.length, quarterExtractionMedianSeconds: quarterExtraction, growth: hostileExtraction / quarterExtraction,
  },
  site,
};
writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('written: tests/bench/results.json');
