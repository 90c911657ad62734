import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

/**
 * `npm run check`: every article validated as the build reads it, without
 * building; problems one a line with file and line; exit 1 on errors.
 */
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(path.join(tmpdir(), 'dateline-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run check', { timeout: 30_000 }, () => {
  it('passes the seed articles and the ledger', async () => {
    const run = await runCli('check', []);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^5 articles, 51 claims: no problems \(\d+ ms\)\n$/);
  });

  it('reports schema, date and correction problems with file and line, and exits 1 on an error', async () => {
    const dir = path.join(work, 'articles');
    cpSync(path.join(root, 'content/articles'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: "Broken"\npublished: 2024-02-30\n---\n\nText.\n');
    writeFileSync(
      path.join(dir, 'warned.md'),
      [
        '---',
        'title: "Warned"',
        'published: 2024-12-10',
        'titel: "typo"',
        '---',
        '',
        'Troops moved on February 30, officials said.',
        '',
        'Kim visited the plant on Monday. <!-- dateline: next tuesday -->',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(dir, 'corrected.md'),
      [
        '---',
        'title: "Corrected"',
        'published: 2024-12-10',
        '---',
        '',
        'Troops moved on February 30, officials said.',
        '',
        'Kim visited the plant on Monday. <!-- dateline: next tuesday -->',
        '',
      ].join('\n'),
    );
    const run = await runCli('check', [dir]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /articles\/broken\.md:3:1: error: `published` is not a real calendar day: \d{4}-\d{2} has \d+ days \(found `[^`]+`\) \(field `published`\) \[frontmatter-field\]$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/articles\/warned\.md:4:1: error: unknown field `titel`.* \[frontmatter-field\]$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/articles\/corrected\.md:6:\d+: warning: .*\[[a-z-]+\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/articles\/corrected\.md:8:\d+: warning: .*\[[a-z-]+\]$/));
    expect(lines.at(-1)).toMatch(/^8 articles, \d+ claims: 2 errors, 2 warnings \(\d+ ms\)$/);
    // Errors first, then by file and line.
    expect(lines.findIndex((line) => line.includes('warning'))).toBeGreaterThan(
      lines.findIndex((line) => line.includes('warned.md:4')),
    );
  });

  describe('edge cases', () => {
    it('warnings alone do not fail; a single file can be checked', async () => {
      const file = path.join(work, 'articles', 'corrected.md');
      const run = await runCli('check', [file]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/1 article, \d+ claims?: 0 errors, 2 warnings/);
    });

    it('a path that does not exist is an error; an empty folder passes', async () => {
      const missing = await runCli('check', [path.join(work, 'nowhere.md')]);
      expect(missing.code).toBe(1);
      expect(missing.stdout).toMatch(
        /nowhere\.md:1:1: error: cannot read it: it does not exist \(ENOENT\) \[file-unreadable\]/,
      );
      const empty = path.join(work, 'empty');
      cpSync(path.join(root, 'tests/fixtures/import'), empty, {
        recursive: true,
        filter: (source) => !source.endsWith('.html'),
      });
      const run = await runCli('check', [empty]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^0 articles, 0 claims: no problems/);
    });
  });
});
