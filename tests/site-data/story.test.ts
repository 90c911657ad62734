import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus/build-corpus.ts';
import { parseStory } from '../../src/pipeline/corpus/index.ts';
import { buildSite } from '../../src/site/build-site.ts';

/** The story's settings name the site everywhere: pages, feeds, exports and share cards. */
const OPTIONS = { perPage: 50, origin: 'https://example.org', forceRedirects: false };
const article = {
  file: 'content/articles/collapse.md',
  text: '---\ntitle: Dam gives way\npublished: 2026-03-10\noutlet: Northline\n---\n\nThe dam at Brennock collapsed on Tuesday, officials at Brennock said.\n',
};

describe('the story as the pages name it', () => {
  it('takes the title, description, site name and language from the settings', () => {
    const { story } = parseStory(
      'title: The Corrie Hill dam collapse\ndescription: Seven months of a mine disaster.\nsite: Valley Desk\nlanguage: en-GB\nsearchExamples: [Brennock, cyanide]\n',
      'content/story.yaml',
    );
    const site = buildSite(buildCorpus([article], null, { story: story! }), OPTIONS);
    expect(site.story).toEqual({
      title: 'The Corrie Hill dam collapse',
      summary: 'Seven months of a mine disaster.',
      site: 'Valley Desk',
      language: 'en-GB',
      searchPlaceholder: 'Brennock, cyanide…',
    });
    expect(site.home.story).toBe('The Corrie Hill dam collapse');
    expect(site.feed).toContain('<title>Valley Desk: The Corrie Hill dam collapse</title>');
    expect(site.feed).toContain('<author><name>Valley Desk</name></author>');
    expect(JSON.parse(site.jsonFeed)).toMatchObject({
      title: 'Valley Desk: The Corrie Hill dam collapse',
      description: 'Seven months of a mine disaster.',
      language: 'en-GB',
    });
    expect(JSON.parse(site.timelineJs).title.text.headline).toBe('The Corrie Hill dam collapse');
    expect(site.shareCards.cards.every((card) => card.site === 'Valley Desk')).toBe(true);
    expect(site.embeds.latest.heading).toBe('The Corrie Hill dam collapse');
  });

  it('a story of a title alone gets a description from it, and Dateline as the site name', () => {
    const site = buildSite(buildCorpus([article], null, { story: parseStory('title: Dam\n', 'x').story! }), OPTIONS);
    expect(site.story).toMatchObject({ title: 'Dam', summary: 'A sourced timeline: Dam.', site: 'Dateline' });
  });
});
