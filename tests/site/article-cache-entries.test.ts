import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openArticleCache } from '../../src/loader/article-cache.ts';
import { analyseArticle } from '../../src/pipeline/corpus/index.ts';
import { cachedArticleSchema } from '../../src/pipeline/model/index.ts';

/**
 * The disk cache never trusts an entry: each is validated against the schema
 * of what the pipeline makes, and one that does not fit is not a hit (its
 * article is read again), whatever is in the file.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'dateline-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const project = mkdtempSync(path.join(dir, 'project-'));
const text = '---\ntitle: Good\npublished: 2024-12-10\n---\n\nKim met Putin on June 19, 2024.\n';
const analysed = analyseArticle('content/articles/good.md', text, 'good');
if (!('entry' in analysed)) throw new Error('the article must read');
const fresh = analysed;

/** Write one entry through the cache, replace its file with `contents`, and open the cache again. */
async function reopenWith(contents: string | null) {
  const first = await openArticleCache(dir, project, 'v1', ['d1']);
  first.cache.set('d1', fresh.entry);
  await first.save();
  const [own] = readdirSync(dir).filter((name) => !name.startsWith('project-'));
  const file = path.join(dir, own!, 'v1', 'd1.json');
  if (contents !== null) writeFileSync(file, contents);
  return { file, reopened: await openArticleCache(dir, project, 'v1', ['d1']) };
}

describe('cache entries', () => {
  it('takes an entry that fits the schema, equal to the fresh result', async () => {
    const { reopened } = await reopenWith(null);
    expect(reopened).toMatchObject({ hits: 1, rejected: 0 });
    expect(reopened.cache.get('d1')).toEqual(cachedArticleSchema.parse(fresh.entry));
  });

  describe('edge cases', () => {
    const misfits: Array<[string, string]> = [
      ['valid JSON of the wrong shape', '{}'],
      ['half an entry', '{"slug": "half a'],
      ['messages that are not a list', JSON.stringify({ ...fresh.entry, messages: 'none' })],
      ['a claim without its interval', JSON.stringify({ ...fresh.entry, claims: [{ id: 'x' }] })],
      [
        'a frontmatter day that is not one',
        JSON.stringify({ ...fresh.entry, meta: { title: 'T', published: 'soon' } }),
      ],
      ['null', 'null'],
      ['an empty file', ''],
    ];
    it.each(misfits)(
      'refuses %s: not a hit, the article is read again and its entry rewritten',
      async (_, contents) => {
        const { file, reopened } = await reopenWith(contents);
        expect(reopened).toMatchObject({ hits: 0, rejected: 1 });
        expect(reopened.cache.get('d1')).toBeUndefined();
        reopened.cache.set('d1', fresh.entry);
        await reopened.save();
        expect(cachedArticleSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success).toBe(true);
      },
    );
  });
});
