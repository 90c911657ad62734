import { writeFileSync } from 'node:fs';
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
  'content/articles/jets.md:1:1: error: `jets` is also the slug of content/articles/Jets.md (slugs that differ only in capitals collide): rename one of the files [duplicate-slug]';

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
