import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory, readStory } from '../../../src/pipeline/corpus/index.ts';

const FILE = 'content/story.yaml';

describe('the story settings (content/story.yaml)', () => {
  it('a title alone is a story: every other setting has its default', () => {
    const { story, messages } = parseStory('title: The Corrie Hill dam collapse\n', FILE);
    expect(messages).toEqual([]);
    expect(story).toEqual({
      title: 'The Corrie Hill dam collapse',
      language: 'en',
      site: 'Dateline',
      searchExamples: [],
      names: [],
      synonyms: {},
    });
  });

  it('reads names, synonyms and figures, with their defaults', () => {
    const { story, messages } = parseStory(
      [
        'title: Dam',
        'language: en-GB',
        'names:',
        '  - name: Brennock',
        '    kind: place',
        '  - name: Orvane Minerals',
        '    kind: group',
        '    spellings: [Orvane]',
        'synonyms:',
        '  collapse: [breach, failure, gave way]',
        'figures:',
        '  nouns: [people, residents]',
        '  measures: [evacuated, { name: dead, words: [killed] }]',
      ].join('\n'),
      FILE,
    );
    expect(messages).toEqual([]);
    expect(story!.language).toBe('en-GB');
    expect(story!.names).toEqual([
      { name: 'Brennock', kind: 'place', spellings: [], standIns: [] },
      { name: 'Orvane Minerals', kind: 'group', spellings: ['Orvane'], standIns: [] },
    ]);
    expect(story!.synonyms).toEqual({ collapse: ['breach', 'failure', 'gave way'] });
    expect(story!.figures).toEqual({
      nouns: ['people', 'residents'],
      measures: ['evacuated', { name: 'dead', words: ['killed'] }],
      smallest: 1,
    });
  });

  it('names the file, line, column and setting of each problem', () => {
    const { story, messages } = parseStory(
      ['title: Dam', 'names:', '  - name: Brennock', '    kind: town', 'langauge: en'].join('\n'),
      FILE,
    );
    expect(story).toBeNull();
    expect(messages.map((m) => [m.line, m.column, m.field, m.rule])).toEqual([
      [4, 11, 'names.0.kind', 'story-field'],
      [5, 1, 'langauge', 'story-field'],
    ]);
    expect(messages[0]!.file).toBe(FILE);
    expect(messages[0]!.reason).toContain('must be person, place, group or thing');
    expect(messages[1]!.reason).toContain('`langauge` is not a setting of the story');
    expect(messages[1]!.reason).toContain('`language`');
  });

  it('says how to fix a missing title, a bad language and a list for a map', () => {
    expect(parseStory('site: Newsroom\n', FILE).messages.map((m) => m.reason)).toEqual([
      '`title` is missing: name the story the site tells, like `title: "The Corrie Hill dam collapse"`',
    ]);
    const language = parseStory('title: T\nlanguage: English\n', FILE).messages;
    expect(language.map((m) => [m.line, m.field])).toEqual([[2, 'language']]);
    expect(language[0]!.reason).toContain('like `en` or `en-GB`');
    expect(parseStory('- title: T\n', FILE).messages[0]!.reason).toContain('`name: value` lines');
    expect(parseStory('', FILE).messages[0]!.rule).toBe('story-yaml');
  });

  it('refuses YAML that is not plain: syntax errors, tags and aliases', () => {
    expect(parseStory('title: T\ntitle: U\n', FILE).messages[0]).toMatchObject({ rule: 'story-yaml', line: 2 });
    expect(parseStory('title: !!binary aGk=\n', FILE).messages[0]!.reason).toContain('explicit tags');
    expect(parseStory('title: &t T\nsite: *t\n', FILE).messages[0]).toMatchObject({ line: 2 });
  });

  it("the first story's file is valid, and a missing file is a story titled Dateline", async () => {
    const first = parseStory(readFileSync(new URL('../../../content/story.yaml', import.meta.url), 'utf8'), FILE);
    expect(first.messages).toEqual([]);
    expect(first.story!.title).toMatch(/\S/);
    const none = await readStory('no-such-story.yaml');
    expect(none).toEqual({ story: expect.objectContaining({ title: 'Dateline' }), messages: [] });
  });
});
