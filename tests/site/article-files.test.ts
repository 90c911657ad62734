import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * The build and the commands read the same articles, because they read them
 * through one module: a folder with `Jets.md`, `jets.md` and `other.MD` is
 * refused alike by `astro build`, `npm run check` and `npm run claims`, with
 * the same message, and all three read `other.MD`. (`check` once passed this
 * folder, "2 articles … no problems", while the build reported the clash.)
 */
const project = projectCopy(false);
afterAll(project.remove);
const write = (name: string, title: string, body: string) =>
  writeFileSync(
    path.join(project.dir, 'content/articles', name),
    `---\ntitle: ${title}\npublished: 2024-12-10\noutlet: Wire\n---\n\n${body}\n`,
  );
const CLASH =
  'content/articles/jets.md:1:1: error: `jets` is also the slug of content/articles/Jets.md (slugs that differ only in capitals, or in how their accents are encoded, collide): rename one of the files [duplicate-slug]';

let build: { code: number; output: string };
beforeAll(async () => {
  write('Jets.md', 'Jets', 'Russia agreed on December 2 to supply MiG-29 jets, officials said.');
  write('jets.md', 'More jets', 'Russia agreed on December 2 to supply Su-27 jets, officials said.');
  write('other.MD', 'Other', 'Pilots flew to Vladivostok on November 28, officials said.');
  build = await project.build();
});

describe('the articles of a folder, read by the build and by every command', () => {
  it('the build and npm run check refuse the same clash, with the same message', async () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(CLASH);
    const check = await runCli('check', [], project.dir);
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n')).toContain(CLASH);
    // Three files, `other.MD` among them; the claims of the two it keeps.
    expect(check.stdout).toMatch(/^3 articles, 2 claims: 1 error, 0 warnings/m);
  });

  describe('edge cases', () => {
    it('npm run claims refuses it too, and lists the claims of Jets.md and other.MD', async () => {
      const claims = await runCli('claims', ['--json'], project.dir);
      expect(claims.code).toBe(1);
      expect(claims.stderr.split('\n')).toContain(CLASH);
      const listed = JSON.parse(claims.stdout) as Array<{ article: string }>;
      expect(listed.map((claim) => claim.article)).toEqual(['Jets', 'other']);
    });
  });
});

/**
 * Names that cannot be an address (`..md` once passed the pipeline, rewrote
 * the ledger, then failed rendering `/articles/./` with a stack trace and left
 * `dist/` without its pages, while `check` said "no problems"): the build
 * refuses them before anything is written, and `check` says the same.
 */
describe('article file names that cannot be addresses, in a real build', () => {
  const named = projectCopy(false);
  afterAll(named.remove);
  const put = (name: string, body: string) =>
    writeFileSync(
      path.join(named.dir, 'content/articles', name),
      `---\ntitle: T\npublished: 2024-12-10\n---\n\n${body}\n`,
    );
  const LINES = [
    "content/articles/..md:1:1: error: `.` cannot be an article's address (/articles/./ is a folder of the path itself, not a page): rename the file, like `troops-at-the-border.md` [article-name]",
    "content/articles/my article.md:1:1: error: the file name holds ` ` (a space), which cannot be part of the article's address /articles/<name>/: use letters, digits, and hyphens, underscores or dots between them; rename the file, like `my-article.md` [article-name]",
    'content/articles/caf\u00e9.md:1:1: error: content/articles/cafe\u0301.md has the same name, its accents encoded another way (one composed, one decomposed: they look alike but are two files): delete or rename one of them [duplicate-slug]',
  ];

  it('refuses each with the file named, no stack trace, and writes neither dist/ nor the ledger', async () => {
    put('..md', 'Troops moved on December 2, officials said.');
    put('my article.md', 'Troops moved on December 3, officials said.');
    put('caf\u00e9.md', 'Troops moved on December 4, officials said.');
    put('cafe\u0301.md', 'Troops moved on December 5, officials said.');
    put('good.md', 'Kim met Putin on June 19, 2024.');
    const result = await named.build();
    expect(result.code).not.toBe(0);
    for (const line of LINES) expect(result.output).toContain(line);
    expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
    expect(existsSync(path.join(named.dir, 'dist'))).toBe(false);
    expect(existsSync(path.join(named.dir, 'content/permalinks.json'))).toBe(false);
  });

  describe('edge cases', () => {
    it('npm run check gives the same lines, not "no problems"', async () => {
      const check = await runCli('check', [], named.dir);
      expect(check.code).toBe(1);
      for (const line of LINES) expect(check.stdout.split('\n')).toContain(line);
    });
  });
});
