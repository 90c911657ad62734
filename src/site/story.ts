import type { StoryConfig } from '../pipeline/model/index.ts';

/** The story the site tells, as every page, feed and export names it (`storyView`). */
export interface StoryView {
  /** The story's name: the front page's heading. */
  title: string;
  /** One sentence about it: the description of pages that have none of their own. */
  summary: string;
  /** The site's name: the header's, and the end of each page's title. */
  site: string;
  /** The language of the site and its articles (`<html lang>`, the search index, feeds). */
  language: string;
  /** The search field's placeholder: a few things to search for. */
  searchPlaceholder: string;
}

/**
 * The story as the pages name it, from its settings (`content/story.yaml`):
 * its title, a description (one is written from the title when the settings
 * give none), the site's name, the language and the search field's examples.
 *
 * @param story - The story's settings.
 * @returns What the pages show.
 */
export function storyView(story: StoryConfig): StoryView {
  return {
    title: story.title,
    summary: story.description ?? `A sourced timeline: ${story.title}.`,
    site: story.site,
    language: story.language,
    searchPlaceholder: story.searchExamples.length ? `${story.searchExamples.join(', ')}…` : 'A name, a place, a word…',
  };
}
