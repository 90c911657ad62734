import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus/build-corpus.ts';
import { parseStory } from '../../src/pipeline/corpus/index.ts';
import type { StoryConfig } from '../../src/pipeline/model/index.ts';

/**
 * Golden fixtures: articles in, claims, events and rendered HTML out. Each
 * `tests/golden/*.md` is built on its own, and the seed articles of
 * `content/articles/` together; the results are compared with the
 * `*.expected.json` files beside them. `UPDATE=1 npm test` rewrites those
 * files; review the diff before committing it.
 */
const update = process.env.UPDATE === '1';
const here = new URL('./', import.meta.url);
const contentDir = new URL('../../content/articles/', import.meta.url);

/** The first story's settings, which the seed articles are built with (the fixtures of their own use the defaults). */
const firstStory = parseStory(
  readFileSync(new URL('../../content/story.yaml', import.meta.url), 'utf8'),
  'story.yaml',
).story!;

function check(name: string, files: Array<{ file: string; text: string }>, story?: StoryConfig) {
  // The settings themselves are left out: the fixture is what the pipeline made of the articles.
  const { story: _settings, ...corpus } = buildCorpus(files, null, story ? { story } : {});
  const actual = `${JSON.stringify(corpus, null, 2)}\n`;
  const path = new URL(`${name}.expected.json`, here);
  if (update) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden fixtures', () => {
  for (const name of readdirSync(here).filter((file) => file.endsWith('.md'))) {
    it(name, () => {
      check(name.replace(/\.md$/, ''), [
        { file: `tests/golden/${name}`, text: readFileSync(new URL(name, here), 'utf8') },
      ]);
    });
  }

  it('the seed articles of content/articles', () => {
    const files = readdirSync(contentDir)
      .filter((file) => file.endsWith('.md'))
      .map((file) => ({ file: `content/articles/${file}`, text: readFileSync(new URL(file, contentDir), 'utf8') }));
    expect(files).toHaveLength(5);
    check('seed-corpus', files, firstStory);
  });
});
