/**
 * `npm run bench:t17 [-- --pipeline] [--topics bpoil,mj] [--show N]`: key events on the
 * Timeline17 development topics (`../shared/bench/t17/`, see its README), scored by its
 * `score_t17.py` (Date-F1, AR1-F, AR2-F, PUBCOUNT, coverage; per timeline, topic and overall).
 *
 * - default: each topic built as a site in a throwaway copy of the project (`astro build`, as a
 *   reader would get it), its `dist/timeline.json` scored;
 * - `--pipeline`: the pipeline and the page data only (`buildCorpus`, then `timeline.json` as the
 *   site writes it), in this process: the same events and file, minutes faster on the large
 *   topics. The build's own checks (pages, links) are left out.
 *
 * - `--cut` (with `--pipeline`): each reference timeline scored on a story built from the
 *   articles published within its span only, as news-tls cuts its input; without it the story is
 *   built once from all the topic's articles and the scorer keeps only the claims of articles in
 *   the span, but the significance still counts the later ones (on `mj`, the BBC's own trial
 *   timeline, published the day after the span ends, is one of the articles);
 * - `--scale`: no scoring; each topic built as a site and as the bench's baseline (plain Astro
 *   pages plus Pagefind, `baseline-site.ts`), `--runs N` times (default 1), the medians and
 *   their ratio printed, as `npm run bench` does for generated articles.
 *
 * The articles are read from the shared folder, never copied into the project. Topics run one
 * at a time (the largest has 1,460 articles); run it with `nice`.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/pipeline/corpus/build-corpus.ts';
import { siteContext } from '../../src/site/context.ts';
import { timelineJson } from '../../src/site/feeds.ts';
import { projectCopy } from '../support/project-copy.ts';
import { buildBaseline } from './baseline-site.ts';
import { buildSite } from './measure-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bench = path.resolve(root, '../shared/bench/t17');
const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const pipelineOnly = process.argv.includes('--pipeline');
const cut = process.argv.includes('--cut');
const scale = process.argv.includes('--scale');
const topics = (option('topics') ?? 'bpoil,finan,h1n1,haiti,mj').split(',');
const show = option('show') ?? '0';
const jsonOut = option('json');
/** `--keep DIR`: keep each topic's timeline.json there, with (pipeline only) `<topic>.facts.json`: articles and claim places. */
const keep = option('keep');

if (!existsSync(path.join(bench, 'score_t17.py'))) {
  console.error(`bench:t17: no T17 set at ${bench} (see its README)`);
  process.exit(1);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** `--runs N`: site builds per topic for `--scale`. */
const runs = Number(option('runs') ?? 1);

/** A topic's articles, as the pipeline reads them (file names begin with the publication day). */
function articlesOf(topic: string) {
  const folder = path.join(bench, topic, 'articles');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, published: name.slice(0, 10), bytes: readFileSync(path.join(folder, name)) }));
}
type Article = ReturnType<typeof articlesOf>[number];

/** The story of these articles through the pipeline, its `timeline.json` written to `out` (and the facts to `--keep`). */
function pipelineTimeline(articles: readonly Article[], out: string, label: string) {
  const started = performance.now();
  const files = articles.map(({ name, bytes }) => ({ file: `content/articles/${name}`, text: new Uint8Array(bytes) }));
  const corpus = buildCorpus(files, null);
  writeFileSync(
    out,
    timelineJson(siteContext(corpus, { perPage: 50, origin: 'http://localhost:4321', forceRedirects: false })),
  );
  if (keep)
    writeFileSync(
      path.join(keep, `${label}.facts.json`),
      JSON.stringify({
        articles: Object.fromEntries(
          corpus.articles.map((a) => [
            a.slug,
            { published: a.meta.published, outlet: a.meta.outlet, sentences: a.sentenceCount, title: a.meta.title },
          ]),
        ),
        claims: Object.fromEntries(
          corpus.articles.flatMap((a) => a.claims.map((c) => [c.id, [c.sentenceIndex, c.tense]])),
        ),
      }),
    );
  console.log(
    `${label}: ${articles.length} articles, ${corpus.events.length} events, pipeline ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** `--scale`: each topic built as a site and as the baseline, the medians and their ratio. */
async function measureScale() {
  for (const topic of topics) {
    const articles = articlesOf(topic);
    const sites: Array<{ seconds: number; peakMB: number }> = [];
    const baselines: Array<{ seconds: number; peakMB: number }> = [];
    for (let run = 0; run < runs; run++) {
      const copy = projectCopy(false);
      try {
        for (const { name, bytes } of articles) writeFileSync(path.join(copy.dir, 'content/articles', name), bytes);
        const build = await buildSite(copy.dir);
        if (!existsSync(path.join(copy.dir, 'dist/timeline.json'))) {
          console.error(build.output.slice(-4000));
          throw new Error(`bench:t17: the build of ${topic} failed`);
        }
        sites.push(build);
      } finally {
        copy.remove();
      }
      const baseline = await buildBaseline(
        articles.map(({ name, bytes }) => ({ file: `content/articles/${name}`, text: bytes.toString('utf8') })),
      );
      baselines.push({ seconds: baseline.astroSeconds + baseline.pagefindSeconds, peakMB: baseline.astroPeakMB });
      console.log(
        `${topic} run ${run + 1}: Dateline ${sites[run]!.seconds.toFixed(1)} s (peak ${sites[run]!.peakMB} MB), baseline ${baselines[run]!.seconds.toFixed(1)} s (Astro ${baseline.astroSeconds.toFixed(1)} s + Pagefind ${baseline.pagefindSeconds.toFixed(1)} s, peak ${baseline.astroPeakMB} MB)`,
      );
    }
    const ratio = median(sites.map((site, i) => site.seconds / baselines[i]!.seconds));
    console.log(
      `${topic}: ${articles.length} articles, medians of ${runs}: Dateline ${median(sites.map((s) => s.seconds)).toFixed(1)} s, peak ${median(sites.map((s) => s.peakMB))} MB; baseline ${median(baselines.map((b) => b.seconds)).toFixed(1)} s, peak ${median(baselines.map((b) => b.peakMB))} MB; Dateline takes ${ratio.toFixed(2)}x`,
    );
  }
}

/** The reference timelines of a topic, each with its first and last day. */
function timelinesOf(topic: string) {
  const folder = path.join(bench, topic, 'timelines');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const days = (JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Array<{ date: string }>)
        .map((entry) => entry.date)
        .sort();
      return { name, file: path.join(folder, name), first: days[0]!, last: days[days.length - 1]! };
    });
}

/** Per topic, Date-F1 and AR1-F as the scorer averages them (mean precision and recall, F of those). */
function perTopic(scored: { timelines: Array<Record<string, any>> }) {
  const f = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
  const mean = (
    rows: Array<Record<string, any>>,
    pick: (row: Record<string, any>) => { precision: number; recall: number },
  ) =>
    f(
      rows.reduce((sum, row) => sum + pick(row).precision, 0) / rows.length,
      rows.reduce((sum, row) => sum + pick(row).recall, 0) / rows.length,
    );
  for (const topic of [...topics, 'ALL']) {
    const rows = scored.timelines.filter((row) => topic === 'ALL' || row.topic === topic);
    console.log(
      `cut ${topic.padEnd(6)} ${String(rows.length).padStart(2)} timelines  Date-F1 ${mean(rows, (row) => row.date).toFixed(3)}  AR1-F ${mean(rows, (row) => row.ar.rouge_1).toFixed(3)}  PUBCOUNT ${mean(rows, (row) => row.pubcount_date).toFixed(3)}`,
    );
  }
}

if (scale) {
  await measureScale();
  process.exit(0);
}
const work = mkdtempSync(path.join(tmpdir(), 'dateline-t17-'));
const pairs: string[] = [];
try {
  for (const topic of topics) {
    const articles = articlesOf(topic);
    if (cut) {
      if (!pipelineOnly) throw new Error('bench:t17: --cut needs --pipeline');
      // One story per reference timeline, of the articles published in its span; the scorer finds
      // the topic's name and its articles next to the timelines folder.
      for (const timeline of timelinesOf(topic)) {
        const label = `${topic}-${timeline.name.replace(/\.json$/, '')}`;
        const dir = path.join(work, label, topic);
        mkdirSync(path.join(dir, 'timelines'), { recursive: true });
        symlinkSync(path.join(bench, topic, 'articles'), path.join(dir, 'articles'), 'dir');
        cpSync(timeline.file, path.join(dir, 'timelines', timeline.name));
        const out = path.join(work, `${label}.json`);
        pipelineTimeline(
          articles.filter(({ published }) => published >= timeline.first && published <= timeline.last),
          out,
          label,
        );
        if (keep) cpSync(out, path.join(keep, `${label}.json`));
        pairs.push(out, path.join(dir, 'timelines'));
      }
      continue;
    }
    const out = path.join(work, `${topic}.json`);
    const started = performance.now();
    if (pipelineOnly) pipelineTimeline(articles, out, topic);
    else {
      const copy = projectCopy(false);
      try {
        for (const { name, bytes } of articles) writeFileSync(path.join(copy.dir, 'content/articles', name), bytes);
        const result = await copy.build();
        if (result.code !== 0) {
          console.error(result.output.slice(-4000));
          throw new Error(`bench:t17: the build of ${topic} failed`);
        }
        cpSync(path.join(copy.dir, 'dist/timeline.json'), out);
        console.log(
          `${topic}: ${articles.length} articles, build ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      } finally {
        copy.remove();
      }
    }
    if (keep) cpSync(out, path.join(keep, `${topic}.json`));
    pairs.push(out, path.join(bench, topic, 'timelines'));
  }
  const scoredJson = jsonOut ?? path.join(work, 'scored.json');
  const args = [path.join(bench, 'score_t17.py'), '--show', show, '--json', scoredJson, ...pairs];
  process.stdout.write(execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  if (cut) perTopic(JSON.parse(readFileSync(scoredJson, 'utf8')));
} finally {
  rmSync(work, { recursive: true, force: true });
}
