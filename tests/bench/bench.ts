/**
 * `npm run bench [-- --articles N --runs R] [--no-site]`: Dateline's performance figures, as
 * medians of several runs (the machines are shared and noisy; report ratios and medians, not
 * single timings). Writes `tests/bench/results-N.json`.
 *
 * - extraction: read + remark parse + sentences + dates + claims, MB/s of Markdown on one core;
 * - merging: building events (merging, titles, ids) from 100,000 claims;
 * - hostile input: a 1 MB paragraph of digits and month names, through extraction and through
 *   the whole pipeline (events and rendering included);
 * - at the door: a web page, a text capture, a legacy-encoded page, text full of invisible
 *   characters, a frontmatter of thousands of keys and a long article body, each at two sizes
 *   (x4): the growth of their time, linear being 4x (`door-growth.ts`);
 * - one new article on a built story: the pipeline with the on-disk article cache of the
 *   build before (cache, extraction, merging, rendering);
 * - share cards: the cost per 1,000 events of drawing their cards (satori + resvg) into an empty
 *   cache, of reading them back from it, and the PNG bytes;
 * - the site: the corpus built with `astro build` (wall time, peak memory, and both by stage:
 *   content and pipeline, bundling, rendering pages, Pagefind), pages written, `dist/` size, the
 *   timeline's first load, the largest page, the bytes the first search query transfers in
 *   Chromium; then one article added and the site built again; and the same Markdown built as
 *   plain Astro pages plus Pagefind, the baseline (`--no-site` skips all of this); medians of up
 *   to three runs;
 * - growth: above 1,000 articles, each figure's growth from `results-1000.json`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../../src/pipeline/corpus/build-corpus.ts';
import { buildEvents } from '../../src/pipeline/events/build-events.ts';
import { analyseArticle } from '../../src/pipeline/corpus/analyse-articles.ts';
import { articleName } from '../../src/pipeline/corpus/article-name.ts';
import type { Claim } from '../../src/pipeline/model/index.ts';
import { articleDigest, openArticleCache } from '../../src/loader/article-cache.ts';
import { generateCorpus, type GeneratedArticle } from '../support/generate-corpus.ts';
import { projectCopy } from '../support/project-copy.ts';
import { buildBaseline } from './baseline-site.ts';
import { buildSite, measureSite, type SiteBuild } from './measure-site.ts';
import { buildSite as buildSiteData } from '../../src/site/build-site.ts';
import { renderCard } from '../../src/site/render-card.ts';
import { measureDoor } from './door-growth.ts';

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

/** One article read and its claims extracted, as the corpus does it; a generated article never fails. */
const analysed = (file: string, text: string) => {
  const result = analyseArticle(file, text, articleName(file)!.slug);
  if ('failure' in result || !result.entry.meta) throw new Error(`${file} cannot be read`);
  return result;
};
let claims: Claim[] = [];
const extraction = Array.from({ length: runs }, () =>
  time(() => {
    claims = [];
    for (const { file, text } of corpus) {
      const { entry } = analysed(file, text);
      claims.push(...entry.claims);
    }
  }),
);
const extractionSeconds = median(extraction);
console.log(
  `extraction: ${(bytes / 1e6 / extractionSeconds).toFixed(2)} MB/s (median of ${runs}; ${claims.length} claims)`,
);

// Merging at scale: enough generated articles for 100,000 claims, extracted once, merged several times.
const bigCorpus = generateCorpus(Math.ceil((count * 100_000) / Math.max(1, claims.length)), 2);
const bigClaims: Claim[] = [];
const bigFacts = new Map<string, { published: string; outlet?: string }>();
for (const { file, text } of bigCorpus) {
  const { entry } = analysed(file, text);
  bigFacts.set(entry.slug, {
    published: entry.meta!.published,
    ...(entry.meta!.outlet ? { outlet: entry.meta!.outlet } : {}),
  });
  bigClaims.push(...entry.claims);
}
let eventCount = 0;
const merging = median(
  Array.from({ length: 3 }, () =>
    time(() => {
      eventCount = buildEvents(bigClaims, bigFacts).events.length;
    }),
  ),
);
console.log(
  `merging ${bigClaims.length} claims from ${bigCorpus.length} articles into ${eventCount} events: ${merging.toFixed(2)} s (median of 3)`,
);

const hostile = `---\ntitle: Hostile\npublished: 2024-12-10\n---\n\n${'December 2024 31 10,000 May 1950-53 Friday, '.repeat(24_000)}\n`;
const hostileExtraction = median(
  Array.from({ length: 3 }, () =>
    time(() => {
      analysed('hostile.md', hostile);
    }),
  ),
);
// Linear time: the same paragraph at a quarter of the size should take about a quarter of the time.
const quarter = `---\ntitle: Hostile\npublished: 2024-12-10\n---\n\n${'December 2024 31 10,000 May 1950-53 Friday, '.repeat(6_000)}\n`;
const quarterExtraction = median(
  Array.from({ length: 3 }, () =>
    time(() => {
      analysed('quarter.md', quarter);
    }),
  ),
);
const hostileSeconds = median(
  Array.from({ length: 3 }, () => time(() => buildCorpus([{ file: 'hostile.md', text: hostile }]))),
);
console.log(
  `1 MB paragraph of digits and month names: extraction ${hostileExtraction.toFixed(2)} s (${(hostileExtraction / quarterExtraction).toFixed(1)}x the time of a quarter of it: linear is 4x), whole pipeline with rendering ${hostileSeconds.toFixed(2)} s (medians of 3)`,
);

// What comes in at the door (import, decoding, normalising, frontmatter, a long body), each at two sizes.
const door = measureDoor(3);
for (const [name, figure] of Object.entries(door))
  console.log(
    `${name}: ${(figure.smallBytes / 1e3).toFixed(0)} kB ${figure.smallMedianSeconds.toFixed(3)} s, ${(figure.largeBytes / 1e3).toFixed(0)} kB ${figure.largeMedianSeconds.toFixed(3)} s: x${figure.growth.toFixed(1)} for x4 the input (linear is 4x; medians of 3)`,
  );

// One new article on a built story: unchanged articles come from the on-disk cache (as in the
// loader), so only the new one is read; merging still runs over every claim.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'dateline-bench-cache-'));
const asFiles = (list: readonly GeneratedArticle[]) =>
  list.map(({ file, text }) => {
    const bytes = new TextEncoder().encode(text);
    return { file: `content/articles/${file}`, text: bytes, digest: articleDigest(`content/articles/${file}`, bytes) };
  });
const builtFiles = asFiles(corpus);
const first = await openArticleCache(
  cacheDir,
  cacheDir,
  'bench',
  builtFiles.map((f) => f.digest),
);
const builtCorpus = buildCorpus(builtFiles, null, { cache: first.cache });
const ledger = builtCorpus.ledger;
await first.save();
const extra = generateCorpus(count + 3)
  .slice(count)
  .map((article, i) => ({ ...article, file: `added-${i}.md` }));
const incrementalRuns = extra.map((article) => {
  const files = [...builtFiles, ...asFiles([article])];
  const stages: Record<string, number> = {};
  return async () => {
    const started = performance.now();
    const disk = await openArticleCache(
      cacheDir,
      cacheDir,
      'bench',
      files.map((f) => f.digest),
    );
    stages.cache = (performance.now() - started) / 1000;
    buildCorpus(files, ledger, { cache: disk.cache, onStage: (stage, ms) => (stages[stage] = ms / 1000) });
    return { ...stages, total: (performance.now() - started) / 1000, hits: disk.hits };
  };
});
const incremental: Array<Record<string, number>> = [];
for (const run of incrementalRuns) incremental.push(await run());
rmSync(cacheDir, { recursive: true, force: true });
const medianOf = (key: string) => median(incremental.map((r) => r[key]!));
const oneNew = {
  articles: count + 1,
  fromCache: incremental[0]!.hits,
  cacheSeconds: medianOf('cache'),
  readSeconds: medianOf('read'),
  eventsSeconds: medianOf('events'),
  renderSeconds: medianOf('render'),
  entitiesSeconds: medianOf('entities'),
  totalSeconds: medianOf('total'),
};
console.log(
  `one new article on ${count}: ${oneNew.fromCache} from the cache; cache ${oneNew.cacheSeconds.toFixed(2)} s + read and extraction ${oneNew.readSeconds.toFixed(2)} s + merging ${oneNew.eventsSeconds.toFixed(2)} s; whole pipeline ${oneNew.totalSeconds.toFixed(2)} s (medians of ${incremental.length})`,
);

// Share cards: the cards of up to 200 events of the story drawn into an empty cache, then the same
// read back from it (an unchanged event is not drawn again); the figures are per 1,000 events.
const cardSample = buildSiteData(builtCorpus, {
  perPage: 50,
  origin: 'https://example.org',
  forceRedirects: false,
}).shareCards.cards.slice(1, 201);
const cardCache = mkdtempSync(path.join(tmpdir(), 'dateline-bench-cards-'));
let cardBytes = 0;
const drawRuns: number[] = [];
for (let run = 0; run < Math.max(1, Math.min(runs, 3)); run++) {
  rmSync(cardCache, { recursive: true, force: true });
  cardBytes = 0;
  const started = performance.now();
  for (const card of cardSample) cardBytes += (await renderCard(card, cardCache)).length;
  drawRuns.push((performance.now() - started) / 1000);
}
const cachedRuns: number[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  for (const card of cardSample) await renderCard(card, cardCache);
  cachedRuns.push((performance.now() - started) / 1000);
}
rmSync(cardCache, { recursive: true, force: true });
const perThousand = 1000 / Math.max(1, cardSample.length);
const shareCardFigures = {
  events: cardSample.length,
  drawSecondsPer1000: median(drawRuns) * perThousand,
  cachedSecondsPer1000: median(cachedRuns) * perThousand,
  megabytesPer1000: (cardBytes / 1e6) * perThousand,
};
console.log(
  `share cards: ${shareCardFigures.drawSecondsPer1000.toFixed(1)} s to draw 1,000 (${cardSample.length} drawn, median of ${drawRuns.length}), ${shareCardFigures.cachedSecondsPer1000.toFixed(2)} s from the cache (median of ${runs}), ${shareCardFigures.megabytesPer1000.toFixed(1)} MB of PNG per 1,000`,
);

let site: Record<string, unknown> | null = null;
if (!process.argv.includes('--no-site')) {
  // Site builds are slow: at most three runs (`--runs 1` for one), each from a fresh copy of the
  // project (so from an empty article cache), its rebuild with one article added, and the baseline.
  const siteRuns = Math.max(1, Math.min(runs, 3));
  const builds: Array<{ build: SiteBuild; rebuild: SiteBuild; baseline: Awaited<ReturnType<typeof buildBaseline>> }> =
    [];
  let measured: Awaited<ReturnType<typeof measureSite>> | null = null;
  for (let run = 0; run < siteRuns; run++) {
    const project = projectCopy(false);
    try {
      for (const { file, text } of corpus)
        writeFileSync(path.join(project.dir, 'content/articles', path.basename(file)), text);
      const build = await buildSite(project.dir);
      measured ??= await measureSite(path.join(project.dir, 'dist'), 'Kursk');
      // The editor's case: one article added to the built story, and the site built again.
      writeFileSync(path.join(project.dir, 'content/articles', extra[0]!.file), extra[0]!.text);
      const rebuild = await buildSite(project.dir);
      builds.push({ build, rebuild, baseline: await buildBaseline(corpus) });
    } finally {
      project.remove();
    }
  }
  /** The median run of a figure, and every stage's medians. */
  const medianBuild = (pick: (run: (typeof builds)[number]) => SiteBuild) => {
    const all = builds.map(pick);
    const stage = (name: 'content' | 'bundle' | 'render' | 'pagefind') => ({
      seconds: median(all.map((b) => b.stages[name].seconds)),
      peakMB: median(all.map((b) => b.stages[name].peakMB)),
    });
    const pipeline = Object.fromEntries(
      Object.keys(all[0]!.stages.pipeline).map((key) => [key, median(all.map((b) => b.stages.pipeline[key] ?? 0))]),
    );
    return {
      seconds: median(all.map((b) => b.seconds)),
      peakMB: median(all.map((b) => b.peakMB)),
      stages: {
        content: stage('content'),
        bundle: stage('bundle'),
        render: stage('render'),
        pagefind: stage('pagefind'),
        pipeline,
        fromCache: all[0]!.stages.fromCache,
      },
    };
  };
  const build = medianBuild((run) => run.build);
  const rebuild = medianBuild((run) => run.rebuild);
  const baseline = {
    astroSeconds: median(builds.map((run) => run.baseline.astroSeconds)),
    astroPeakMB: median(builds.map((run) => run.baseline.astroPeakMB)),
    pagefindSeconds: median(builds.map((run) => run.baseline.pagefindSeconds)),
    pages: builds[0]!.baseline.pages,
  };
  const ratio = median(
    builds.map((run) => run.build.seconds / (run.baseline.astroSeconds + run.baseline.pagefindSeconds)),
  );
  site = {
    runs: siteRuns,
    buildSeconds: build.seconds,
    buildPeakMB: build.peakMB,
    stages: build.stages,
    ...measured!,
    rebuildWithOneNew: rebuild,
    baseline,
    ratioToBaseline: ratio,
  };
  const line = (stages: typeof build.stages) =>
    `content ${stages.content.seconds.toFixed(1)} s (pipeline: ${Object.entries(stages.pipeline)
      .map(([k, v]) => `${k} ${v.toFixed(2)} s`)
      .join(
        ', ',
      )}), bundle ${stages.bundle.seconds.toFixed(1)} s (peak ${stages.bundle.peakMB} MB), render ${stages.render.seconds.toFixed(1)} s (peak ${stages.render.peakMB} MB), Pagefind ${stages.pagefind.seconds.toFixed(1)} s (peak ${stages.pagefind.peakMB} MB)`;
  console.log(`build stages (medians of ${siteRuns}): ${line(build.stages)}`);
  console.log(
    `rebuild with one new article: ${rebuild.seconds.toFixed(1)} s, ${rebuild.stages.fromCache} articles from the cache; ${line(rebuild.stages)}`,
  );
  console.log(
    `baseline (plain Astro, glob loader, one page per article, + Pagefind): ${baseline.astroSeconds.toFixed(1)} s + ${baseline.pagefindSeconds.toFixed(1)} s, peak ${baseline.astroPeakMB} MB; Dateline takes ${ratio.toFixed(2)}x`,
  );
  console.log(
    `site: ${measured!.pages} pages in ${build.seconds.toFixed(1)} s, peak ${build.peakMB} MB; dist ${measured!.distMB} MB; timeline first load ${measured!.timelineFirstLoadKB} KB; largest page ${measured!.largestPage.KB} KB (${measured!.largestPage.file}); first query “Kursk” ${measured!.firstQuery.KB} KB in ${measured!.firstQuery.requests} requests`,
  );
}

const results = {
  measured: new Date().toISOString().slice(0, 10),
  node: process.version,
  articles: count,
  markdownBytes: bytes,
  runs,
  extraction: {
    medianSeconds: extractionSeconds,
    megabytesPerSecond: bytes / 1e6 / extractionSeconds,
    claims: claims.length,
  },
  merging: { medianSeconds: merging, claims: bigClaims.length, articles: bigCorpus.length, events: eventCount },
  oneNewArticle: oneNew,
  shareCards: shareCardFigures,
  hostileParagraph: {
    bytes: hostile.length,
    extractionMedianSeconds: hostileExtraction,
    wholePipelineMedianSeconds: hostileSeconds,
    quarterBytes: quarter.length,
    quarterExtractionMedianSeconds: quarterExtraction,
    growth: hostileExtraction / quarterExtraction,
  },
  door,
  site,
};
// Growth from the smallest corpus measured before (results-1000.json), for "nothing grows worse than linearly".
const smaller = (() => {
  try {
    return JSON.parse(readFileSync(new URL('results-1000.json', import.meta.url), 'utf8')) as typeof results;
  } catch {
    return null;
  }
})();
type SiteFigures = {
  buildSeconds: number;
  buildPeakMB: number;
  pages: number;
  baseline: { astroSeconds: number; pagefindSeconds: number };
  firstQuery: { KB: number };
};
const [big, small] = [results.site, smaller?.site] as Array<SiteFigures | null | undefined>;
if (count > 1000 && smaller && big && small) {
  const growth = {
    from: smaller.articles,
    to: count,
    articles: count / smaller.articles,
    claims: results.extraction.claims / smaller.extraction.claims,
    pages: big.pages / small.pages,
    buildSeconds: big.buildSeconds / small.buildSeconds,
    baselineSeconds:
      (big.baseline.astroSeconds + big.baseline.pagefindSeconds) /
      (small.baseline.astroSeconds + small.baseline.pagefindSeconds),
    peakMB: big.buildPeakMB / small.buildPeakMB,
    firstQueryKB: big.firstQuery.KB / small.firstQuery.KB,
  };
  Object.assign(results, { growth });
  console.log(
    `growth from ${growth.from} to ${growth.to} articles (x${growth.articles}): claims x${growth.claims.toFixed(1)}, pages x${growth.pages.toFixed(1)}, build x${growth.buildSeconds.toFixed(1)} (baseline x${growth.baselineSeconds.toFixed(1)}), peak memory x${growth.peakMB.toFixed(1)}, first query x${growth.firstQueryKB.toFixed(2)}`,
  );
}
// One file per corpus size, so that the 1,000- and 10,000-article figures are both kept.
writeFileSync(new URL(`results-${count}.json`, import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(`written: tests/bench/results-${count}.json`);
