import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/reading/read-article.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * `npm run import` as an editor runs it: it writes a valid article, prints
 * what it dropped and the claims, refuses to overwrite, and stops clearly
 * when the capture gives no title or date.
 */
const fixtures = new URL('../fixtures/import/', import.meta.url).pathname;
const seeds = new URL('../fixtures/seeds/', import.meta.url).pathname;
const out = mkdtempSync(path.join(tmpdir(), 'dateline-import-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const dir = (name: string) => path.join(out, name);

describe('npm run import', { timeout: 30_000 }, () => {
  it('imports a saved web page: frontmatter from its head, the body, what it dropped, the claims and their events', async () => {
    const run = await runCli('import', [path.join(fixtures, 'news-page.html'), '--out', dir('html')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = path.join(dir('html'), 'kim-and-shoigu-sign-arms-pact-in-pyongyang.md');
    const text = readFileSync(file, 'utf8');
    const article = readArticle(text, file);
    expect(article.messages).toEqual([]);
    expect(article.meta).toEqual({
      title: 'Kim and Shoigu sign arms pact in Pyongyang',
      published: '2025-03-04',
      publishedInferred: false,
      outlet: 'The Fixture Herald',
      author: 'Mira Kovac',
      url: 'https://herald.example/world/2025/03/04/kim-shoigu-pact/',
    });
    expect(text).toContain('#   title: og:title\n#   published: article:published_time\n');
    expect(run.stdout).toContain('Imported');
    expect(run.stdout).toMatch(/Dropped 5 lines/);
    expect(run.stdout).toMatch(/an advertisement: Advertisement/);
    expect(run.stdout).toMatch(/"Tuesday" +2025-03-04 +4 Mar 2025 +relative weekday/);
    expect(run.stdout).toMatch(/-> event 2025-03-04-\S+ \(new\)/);
    expect(run.stdout).toMatch(/\d+ claims\nThey feed \d+ events?: 0 reported by other articles too/);
  });

  it('refuses to overwrite an existing article without --force, and replaces it with --force', async () => {
    const capture = path.join(seeds, '000_3d06e1ffbb15c887.txt');
    const args = [capture, '--out', dir('force'), '--slug', 'deal'];
    expect((await runCli('import', args)).code).toBe(0);
    const file = path.join(dir('force'), 'deal.md');
    writeFileSync(file, 'edited by hand\n');
    const again = await runCli('import', args);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /deal\.md already exists: pass --force to replace it, or --slug NAME to import under another name/,
    );
    expect(readFileSync(file, 'utf8')).toBe('edited by hand\n');
    const forced = await runCli('import', [...args, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^---\n/);
  });

  it('stops with a clear message when it finds no title and no date, and writes nothing', async () => {
    const run = await runCli('import', [path.join(seeds, '001_0120fe80bb7e5f4f.txt'), '--out', dir('none')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(
      /001_0120fe80bb7e5f4f\.txt: error: cannot find a title: the capture has no headline .*; give one with --title "…"$/,
    );
    expect(lines[1]).toMatch(
      /001_0120fe80bb7e5f4f\.txt: error: cannot find a publication date: .*give one with --published YYYY-MM-DD, and say how you know it with --note "…"$/,
    );
    expect(lines[2]).toMatch(/note: the text mentions "December 10", .*"June 2024"/);
    expect(existsSync(dir('none'))).toBe(false);
  });

  it('flags what it inferred: a date the editor gave, an outlet guessed from the furniture', async () => {
    const run = await runCli('import', [
      path.join(seeds, '003_ee33085a89d93b62.txt'),
      '--out',
      dir('flags'),
      '--title',
      'More troops for Russia',
      '--published',
      '2025-01-24',
      '--note',
      'inferred from "on Friday".',
    ]);
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(dir('flags'), 'more-troops-for-russia.md'), 'utf8');
    expect(text).toContain(
      'publishedInferred: true\npublishedNote: "Not stated in the capture; inferred from \\"on Friday\\"."\n',
    );
    expect(text).toMatch(/^# {3}outlet: INFERRED: named by the page furniture/m);
    expect(run.stdout).toMatch(/Check these values: published, outlet are inferred, not stated by the page/);
  });

  describe('edge cases', () => {
    it('a value given on the command line wins, and the comment says what the page said', async () => {
      const run = await runCli('import', [
        path.join(fixtures, 'news-page.html'),
        '--out',
        dir('given'),
        '--outlet',
        'Herald',
        '--slug',
        'pact',
      ]);
      expect(run.code).toBe(0);
      const text = readFileSync(path.join(dir('given'), 'pact.md'), 'utf8');
      expect(text).toContain('outlet: "Herald"');
      expect(text).toContain('#   outlet: given with --outlet; the capture says "The Fixture Herald" (og:site_name)');
    });

    it('refuses a date that is not a day, an address that is not http(s), a file that cannot be read', async () => {
      const bad = await runCli('import', [
        path.join(seeds, '002_81f2cfcce93c8ac2.txt'),
        '--out',
        dir('bad'),
        '--published',
        '2024-02-30',
        '--url',
        'ftp://x.example/',
      ]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/--published 2024-02-30 is not a real day written YYYY-MM-DD/);
      expect(bad.stderr).toMatch(/--url ftp:\/\/x\.example\/ is not an http\(s\) address/);
      const missing = await runCli('import', [path.join(out, 'nothing.html')]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/nothing\.html: error: cannot read the file: it does not exist \(ENOENT\)/);
    });

    it('names the file by the rule the build reads it by: a slug that is no address, or clashes, is refused', async () => {
      const page = path.join(fixtures, 'news-page.html');
      const dots = await runCli('import', [page, '--out', dir('names'), '--slug', '..']);
      expect(dots.code).toBe(1);
      expect(dots.stderr).toContain(
        "error: --slug ..: `..` cannot be an article's address (/articles/../ is a folder of the path itself, not a page)",
      );
      const spaced = await runCli('import', [page, '--out', dir('names'), '--slug', 'my pact']);
      expect(spaced.stderr).toContain('error: --slug my pact: the file name holds ` ` (a space)');
      const first = await runCli('import', [page, '--out', dir('names'), '--slug', 'pact']);
      expect(first.code, first.stderr).toBe(0);
      const clash = await runCli('import', [page, '--out', dir('names'), '--slug', 'Pact']);
      expect(clash.code).toBe(1);
      expect(clash.stderr).toMatch(
        /error: `Pact` is also the slug of \S*pact\.md \(slugs that differ only in capitals/,
      );
      expect(existsSync(path.join(dir('names'), 'Pact.md'))).toBe(false);
    });

    it('reads a page in a legacy encoding by its declared charset, and refuses one that declares none', async () => {
      const cyrillic = (text: string) =>
        Buffer.from([...text].map((c) => (/[А-я]/.test(c) ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));
      const sentence = 'Российские войска вошли в Курск 6 августа 2024 года, сообщили официальные лица.';
      const page = (head: string) =>
        cyrillic(
          `<!doctype html><html><head>${head}<title>Kursk</title><meta property="article:published_time" content="2024-08-07"></head><body><article><h1>Kursk</h1><p>${sentence} ${sentence}</p><p>${sentence}</p></article></body></html>`,
        );
      writeFileSync(dir('legacy.html'), page('<meta charset="windows-1251">'));
      const read = await runCli('import', [dir('legacy.html'), '--out', dir('legacy'), '--slug', 'kursk']);
      expect(read.code, read.stderr).toBe(0);
      expect(readFileSync(path.join(dir('legacy'), 'kursk.md'), 'utf8')).toContain(sentence);
      expect(read.stdout).toContain("Note: read as windows-1251, from the page's declared charset (windows-1251).");
      writeFileSync(dir('undeclared.html'), page(''));
      const refused = await runCli('import', [dir('undeclared.html'), '--out', dir('legacy'), '--slug', 'other']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /undeclared\.html: error: the page does not declare its character encoding and is not UTF-8 \(byte 0x[0-9A-F]{2}, line 1, column \d+\): give it with --charset/,
      );
      expect(existsSync(path.join(dir('legacy'), 'other.md'))).toBe(false);
      const given = await runCli('import', [
        dir('undeclared.html'),
        '--out',
        dir('legacy'),
        '--slug',
        'given',
        '--charset',
        'windows-1251',
      ]);
      expect(given.code, given.stderr).toBe(0);
      expect(readFileSync(path.join(dir('legacy'), 'given.md'), 'utf8')).toContain(sentence);
    });

    it('usage errors exit 2 with the usage; --help prints it', async () => {
      const none = await runCli('import', []);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/give exactly one file to import[\s\S]*usage: npm run import -- FILE/);
      expect((await runCli('import', ['a.txt', '--colour'])).code).toBe(2);
      const help = await runCli('import', ['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/--force +replace an article that already exists/);
    });

    it('a capture that is all furniture gives no article', async () => {
      const file = path.join(out, 'furniture.txt');
      writeFileSync(file, 'Home\nSubscribe to our newsletter\nPrivacy policy\n');
      const run = await runCli('import', [
        file,
        '--out',
        dir('furniture'),
        '--title',
        'Nothing',
        '--published',
        '2025-01-01',
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/found no article text in the capture/);
    });
  });
});
