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
    expect(articleName('content/articles/Jets.md')).toEqual({ slug: 'Jets', key: 'jets' });
    expect(articleName('other.MD')).toEqual({ slug: 'other', key: 'other' });
    expect(articleName('C:\\articles\\a.Md')).toEqual({ slug: 'a', key: 'a' });
  });

  describe('edge cases', () => {
    it('is not an article without the extension, or with nothing before it', () => {
      expect(articleName('notes.txt')).toBeNull();
      expect(articleName('content/articles/readme')).toBeNull();
      expect(articleName('a.md.bak')).toBeNull();
      expect(articleName('.md')).toBeNull();
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
        'nowhere.md file-unreadable: cannot read it (ENOENT)',
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
    it('a file given by name that is not an article is an error, not an article with an odd slug', () => {
      const { articles, messages } = analyseArticles([{ file: 'a/notes.txt', text: article('Notes') }]);
      expect(articles).toEqual([]);
      expect(messages.map((m) => m.rule)).toEqual(['not-an-article']);
    });
  });
});
