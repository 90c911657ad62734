import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleCache } from '../../../src/pipeline/corpus/analyse-articles.ts';
import { buildCorpus } from '../../../src/pipeline/corpus/build-corpus.ts';
import type { CachedArticle } from '../../../src/pipeline/model/index.ts';
import { generateCorpus } from '../../support/generate-corpus.ts';

const dir = new URL('../../../content/articles/', import.meta.url);
const seeds = readdirSync(dir)
  .sort()
  .map((name) => ({ file: `content/articles/${name}`, text: readFileSync(new URL(name, dir), 'utf8') }));
const withDigests = (files: ReadonlyArray<{ file: string; text: string }>) =>
  files.map((f) => ({ ...f, digest: `${f.file}\u0000${f.text}` }));

/** A cache in memory that counts what it is asked, and keeps entries as JSON (as the disk cache does). */
function countingCache() {
  const entries = new Map<string, string>();
  const counts = { hits: 0, misses: 0, sets: 0 };
  const cache: ArticleCache = {
    get(digest) {
      const text = entries.get(digest);
      if (text === undefined) counts.misses++;
      else counts.hits++;
      return text === undefined ? undefined : (JSON.parse(text) as CachedArticle);
    },
    set(digest, entry) {
      counts.sets++;
      entries.set(digest, JSON.stringify(entry));
    },
  };
  return { cache, counts, entries };
}

describe('buildCorpus with a cache of earlier builds', () => {
  it('gives exactly what a build without a cache gives, and reads nothing again when nothing changed', () => {
    const files = withDigests(seeds);
    const { cache, counts } = countingCache();
    const cold = buildCorpus(files, null, { cache });
    expect(cold).toEqual(buildCorpus(seeds));
    expect(counts).toMatchObject({ hits: 0, misses: seeds.length });
    const sets = counts.sets;
    const warm = buildCorpus(files, null, { cache });
    expect(warm).toEqual(cold);
    expect(counts).toMatchObject({ hits: seeds.length, sets }); // nothing read or rendered again
  });

  it('reads only the new article when one is added, and still merges every claim', () => {
    const base = generateCorpus(40, 7);
    const ledger = buildCorpus(base).ledger;
    const { cache, counts } = countingCache();
    buildCorpus(withDigests(base), ledger, { cache });
    const added = generateCorpus(41, 7).at(-1)!;
    const files = withDigests([...base, { file: 'article-new.md', text: added.text }]);
    const before = { ...counts };
    const warm = buildCorpus(files, ledger, { cache });
    expect(counts.hits - before.hits).toBe(base.length);
    expect(counts.misses - before.misses).toBe(1);
    // The cached build equals a build from scratch: events, ids, bodies and their links.
    expect(warm).toEqual(buildCorpus(files, ledger));
  });

  it('renders a cached article again when the events it links to change', () => {
    const files = withDigests(seeds);
    const { cache } = countingCache();
    const first = buildCorpus(files, null, { cache });
    // Another ledger gives another id to an event a seed links to: its body must link to the new id.
    const event = first.events[0]!;
    const ledger = {
      events: { [`${event.id}-renamed`]: { n: 1, claims: event.claims.map((c) => c.id) } },
      aliases: {},
    };
    const renamed = buildCorpus(files, ledger, { cache });
    const article = renamed.articles.find((a) => a.slug === event.claims[0]!.article)!;
    expect(article.html).toContain(`/events/${event.id}-renamed/`);
    expect(renamed).toEqual(buildCorpus(seeds, ledger));
  });

  describe('edge cases', () => {
    it('keeps errors of cached articles: a bad file is reported on every build, not only the first', () => {
      const bad = { file: 'content/articles/bad.md', text: '---\ntitle: Bad\npublished: 2024-02-30\n---\n\nText.\n' };
      const files = withDigests([...seeds, bad]);
      const { cache } = countingCache();
      const first = buildCorpus(files, null, { cache });
      const second = buildCorpus(files, null, { cache });
      expect(first.messages.filter((m) => m.severity === 'error')).toHaveLength(1);
      expect(second.messages).toEqual(first.messages);
    });

    it('uses no cache for files given without a digest', () => {
      const { cache, counts } = countingCache();
      buildCorpus(seeds, null, { cache });
      expect(counts).toEqual({ hits: 0, misses: 0, sets: 0 });
    });
  });
});
