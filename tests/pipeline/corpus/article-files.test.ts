import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseArticles } from '../../../src/pipeline/corpus/analyse-articles.ts';
import { articleName } from '../../../src/pipeline/corpus/article-name.ts';
import { readArticleFiles, readLedger } from '../../../src/pipeline/corpus/read-files.ts';

/** What an article file is, decided in one place for the build and every command. */
const work = mkdtempSync(path.join(tmpdir(), 'dateline-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const article = (title: string) => `---\ntitle: ${title}\npublished: 2024-12-10\n---\n\nTroops moved on December 2.\n`;

describe('articleName', () => {
  it('gives the slug of a Markdown file and the key slugs clash under', () => {
    expect(articleName('content/articles/Jets.md')).toEqual({ slug: 'Jets', key: 'jets', problem: null });
    expect(articleName('other.MD')).toEqual({ slug: 'other', key: 'other', problem: null });
    expect(articleName('C:\\articles\\a.Md')).toEqual({ slug: 'a', key: 'a', problem: null });
    expect(articleName('u.s._troops-2024.md')?.problem).toBeNull();
    expect(articleName('서울-회담.md')?.problem).toBeNull();
  });

  describe('edge cases', () => {
    it('is not an article without the extension', () => {
      expect(articleName('notes.txt')).toBeNull();
      expect(articleName('content/articles/readme')).toBeNull();
      expect(articleName('a.md.bak')).toBeNull();
    });

    it('names saved in two Unicode forms are one slug (NFC) and one clash key', () => {
      const composed = articleName('caf\u00e9.md')!;
      const decomposed = articleName('cafe\u0301.md')!;
      expect(decomposed.slug).toBe('caf\u00e9');
      expect(decomposed.key).toBe(composed.key);
      expect(articleName('ＫＵＲＳＫ.md')!.key).toBe(articleName('kursk.md')!.key);
    });

    const refused: Array<[string, string]> = [
      ['.md', 'the file name has nothing before `.md`, so the article would have no address'],
      ['..md', "`.` cannot be an article's address (/articles/./ is a folder of the path itself, not a page)"],
      ['...md', "`..` cannot be an article's address"],
      ['.draft.md', 'the file name starts with `.` (U+002E)'],
      ['my article.md', "the file name holds ` ` (a space), which cannot be part of the article's address"],
      ['a#b.md', 'the file name holds `#` (U+0023)'],
      ['50%.md', 'the file name ends with `%` (U+0025)'],
      ['what?.md', 'the file name ends with `?` (U+003F)'],
      ['trailing-.md', 'the file name ends with `-` (U+002D)'],
      ['tab\there.md', 'the file name holds U+0009'],
      ['rtl\u202Etxt.md', 'the file name holds U+202E'],
      ['zero\u200Bwidth.md', 'the file name holds U+200B'],
      ['CON.md', '`CON` is a device name on Windows'],
      [`${'a'.repeat(201)}.md`, 'the file name is longer than 200 bytes'],
    ];
    it.each(refused)('%j is an article file whose name cannot be an address', (file, reason) => {
      const name = articleName(file)!;
      expect(name).not.toBeNull();
      expect(name.problem).toContain(reason);
      expect(name.problem).toMatch(/rename (the file|it), like `[\p{L}\p{N}_-]+\.md`/u);
    });
  });
});

describe('readArticleFiles', () => {
  it("lists a folder's articles in any case, in name order, as bytes with their paths as given", async () => {
    const dir = path.join(work, 'articles');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'b.md'), article('B'));
    writeFileSync(path.join(dir, 'A.MD'), article('A'));
    writeFileSync(path.join(dir, 'notes.txt'), 'not an article');
    const { files, messages } = await readArticleFiles(['articles'], work);
    expect(messages).toEqual([]);
    expect(files.map((f) => f.file)).toEqual(['articles/A.MD', 'articles/b.md']);
    expect(files[0]!.text).toBeInstanceOf(Uint8Array);
  });

  describe('edge cases', () => {
    it('a missing path, and a named file that is not an article, are errors', async () => {
      writeFileSync(path.join(work, 'notes.txt'), 'x');
      const { files, messages } = await readArticleFiles(['nowhere.md', 'notes.txt'], work);
      expect(files).toEqual([]);
      expect(messages.map((m) => `${m.file} ${m.rule}: ${m.reason}`)).toEqual([
        'nowhere.md file-unreadable: cannot read it: it does not exist (ENOENT)',
        'notes.txt not-an-article: not an article file: articles are Markdown files whose names end in `.md`',
      ]);
    });

    it('a missing ledger is no ledger and no problem; a broken one is an error', async () => {
      expect(await readLedger('none.json', work)).toEqual({ text: null, ledger: null, messages: [] });
      writeFileSync(path.join(work, 'bad.json'), '{');
      expect((await readLedger('bad.json', work)).messages.map((m) => m.rule)).toEqual(['ledger-json']);
    });
  });
});

describe('analyseArticles', () => {
  it('reports clashing slugs, whatever the case of the name and extension, and keeps the first', () => {
    const { articles, messages } = analyseArticles([
      { file: 'a/jets.md', text: article('Two') },
      { file: 'a/Jets.md', text: article('One') },
      { file: 'a/other.MD', text: article('Other') },
    ]);
    expect(articles.map((a) => a.entry.slug)).toEqual(['Jets', 'other']);
    expect(messages.filter((m) => m.severity === 'error').map((m) => `${m.file} ${m.rule}`)).toEqual([
      'a/jets.md duplicate-slug',
    ]);
  });

  describe('edge cases', () => {
    it('names that cannot be addresses are errors before anything is read, and clashes of Unicode forms name both', () => {
      const { articles, messages } = analyseArticles([
        { file: 'a/..md', text: article('Dots') },
        { file: 'a/.md', text: article('Nothing') },
        { file: 'a/caf\u00e9.md', text: article('One') },
        { file: 'a/cafe\u0301.md', text: article('Two') },
        { file: 'a/good.md', text: article('Good') },
      ]);
      expect(articles.map((a) => a.entry.slug)).toEqual(['caf\u00e9', 'good']);
      expect(messages.map((m) => `${m.file} ${m.rule}`)).toEqual([
        'a/..md article-name',
        'a/.md article-name',
        'a/caf\u00e9.md duplicate-slug',
      ]);
      expect(messages[2]!.reason).toContain('a/cafe\u0301.md has the same name, its accents encoded another way');
    });

    it('a file given by name that is not an article is an error, not an article with an odd slug', () => {
      const { articles, messages } = analyseArticles([{ file: 'a/notes.txt', text: article('Notes') }]);
      expect(articles).toEqual([]);
      expect(messages.map((m) => m.rule)).toEqual(['not-an-article']);
    });
  });
});
