import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const words = z.array(text, { error: 'must be a list, like `[one, two]`' });

/** One person, place, group or thing of the story, with every way the press writes it. */
export const storyNameSchema = z.strictObject({
  /** The name to show: `North Korea`. Its key (the entity page's address) is made from it: `north-korea`. */
  name: text,
  /** What it is: a person, a place, a group (an army, a company, a party) or a thing (a treaty, a weapon). */
  kind: z
    .enum(['person', 'place', 'group', 'thing'], { error: 'must be person, place, group or thing' })
    .default('thing'),
  /** Other spellings and forms of the name itself: `North Korean`, `DPRK`, `Zelenskyy`. */
  spellings: words.default([]),
  /** Words that stand for it in reports, such as a capital for its country: `Pyongyang`. */
  standIns: words.default([]),
});
/** One entry of the story's names table (`storyNameSchema`). */
export type StoryName = z.output<typeof storyNameSchema>;

/** One measure of the story's figures: its name, and the words that report it. */
export const storyMeasureSchema = z.union(
  [
    text,
    z.strictObject({
      /** The measure as the chart names it: `killed or wounded`. */
      name: text,
      /** The words that report it, besides its name: `casualties`, `losses`. */
      words: words.default([]),
    }),
  ],
  { error: 'must be a measure, like `evacuated`, or `{ name: killed or wounded, words: [casualties] }`' },
);

/** Which figures the story counts and charts. */
export const storyFiguresSchema = z.strictObject({
  /** The chart's caption: `Troop numbers the sources reported`. */
  caption: text.optional(),
  /** What is counted, as the reports write it (plural forms): `troops`, `soldiers`; `people`, `residents`. */
  nouns: words.default([]),
  /** What the counts measure, each its own line in the chart: `sent`, `killed`, `evacuated`, `dead`. */
  measures: z.array(storyMeasureSchema).min(1, 'must name at least one measure, like `[dead]`'),
  /** Figures below this are anecdotes, not counts (`two soldiers`): left out. */
  smallest: z.number().int().min(1).default(1),
});

/**
 * The story a site tells (`content/story.yaml`): its title and description,
 * language and the site's name, the names table (entity pages, merge
 * features, search spellings), words that mean the same happening, and the
 * figures to count and chart. Only `title` is required; everything else
 * improves the site. Unknown keys are refused, so that a misspelt `titel` is
 * never silently ignored.
 */
export const storyConfigSchema = z.strictObject({
  /** The story's name: the front page's heading and every page's title. */
  title: text,
  /** One sentence about it: the description of pages that have none of their own. */
  description: text.optional(),
  /** The language of the articles and the site (BCP 47: `en`, `en-GB`): `<html lang>`, search and date labels. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag, like `en` or `en-GB`')
    .default('en'),
  /** The site's name, shown in the header and after each page's title. */
  site: text.default('Dateline'),
  /** Examples for the search field's placeholder: `[Kursk, MiG-29, treaty]`. */
  searchExamples: words.default([]),
  /** The people, places, groups and things of the story. */
  names: z.array(storyNameSchema, { error: 'must be a list of names, each `- name: …`' }).default([]),
  /** Words and phrases that mean the same in this story, under one key: `treaty: [pact, agreement]`. */
  synonyms: z.record(z.string(), words, { error: 'must be `key: [word, word]` lines' }).default({}),
  /** Which figures to count and chart; none without it. */
  figures: storyFiguresSchema.optional(),
});
/** The story a site tells, as written in `content/story.yaml` (`storyConfigSchema`, before defaults). */
export type StoryConfigInput = z.input<typeof storyConfigSchema>;
/** The story a site tells (`storyConfigSchema`, defaults applied). */
export type StoryConfig = z.output<typeof storyConfigSchema>;

/**
 * The story of a site with no `content/story.yaml`, or of a corpus built without one: its title only.
 *
 * @param title - The title (default `Dateline`).
 * @returns The story, defaults applied.
 */
export function defaultStory(title = 'Dateline'): StoryConfig {
  return storyConfigSchema.parse({ title });
}
