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
 * The articles are read from the shared folder, never copied into the project. Topics run one
 * at a time (the largest has 1,460 articles); run it with `nice`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/pipeline/corpus/build-corpus.ts';
import { siteContext } from '../../src/site/context.ts';
import { timelineJson } from '../../src/site/feeds.ts';
import { projectCopy } from '../support/project-copy.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bench = path.resolve(root, '../shared/bench/t17');
const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const pipelineOnly = process.argv.includes('--pipeline');
const topics = (option('topics') ?? 'bpoil,finan,h1n1,haiti,mj').split(',');
const show = option('show') ?? '0';
const jsonOut = option('json');
/** `--keep DIR`: keep each topic's timeline.json there, with (pipeline only) `<topic>.facts.json`: articles and claim places. */
const keep = option('keep');

if (!existsSync(path.join(bench, 'score_t17.py'))) {
  console.error(`bench:t17: no T17 set at ${bench} (see its README)`);
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'dateline-t17-'));
const pairs: string[] = [];
try {
  for (const topic of topics) {
    const folder = path.join(bench, topic, 'articles');
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort();
    const out = path.join(work, `${topic}.json`);
    const started = performance.now();
    if (pipelineOnly) {
      const files = names.map((name) => ({
        file: `content/articles/${name}`,
        text: new Uint8Array(readFileSync(path.join(folder, name))),
      }));
      const corpus = buildCorpus(files, null);
      writeFileSync(
        out,
        timelineJson(siteContext(corpus, { perPage: 50, origin: 'http://localhost:4321', forceRedirects: false })),
      );
      if (keep)
        writeFileSync(
          path.join(keep, `${topic}.facts.json`),
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
        `${topic}: ${names.length} articles, ${corpus.events.length} events, pipeline ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    } else {
      const copy = projectCopy(false);
      try {
        for (const name of names) cpSync(path.join(folder, name), path.join(copy.dir, 'content/articles', name));
        const result = await copy.build();
        if (result.code !== 0) {
          console.error(result.output.slice(-4000));
          throw new Error(`bench:t17: the build of ${topic} failed`);
        }
        cpSync(path.join(copy.dir, 'dist/timeline.json'), out);
        console.log(`${topic}: ${names.length} articles, build ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } finally {
        copy.remove();
      }
    }
    if (keep) cpSync(out, path.join(keep, `${topic}.json`));
    pairs.push(out, path.join(bench, topic, 'timelines'));
  }
  const args = [path.join(bench, 'score_t17.py'), '--show', show, ...(jsonOut ? ['--json', jsonOut] : []), ...pairs];
  process.stdout.write(execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
