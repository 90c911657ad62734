import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { datelineLoader } from './loader/dateline-loader.ts';

/**
 * One collection, `corpus`, with one entry: the key and size of the latest
 * run of the pipeline over `content/articles/`. The articles, claims and
 * events are not copied into Astro's data store (it would hold every claim
 * twice, and every body: the build's largest cost in memory): the loader runs
 * the corpus once and hands it to the pages, which take their props from
 * `src/site/` (`src/loader/current-site.ts`). The entry changes whenever the
 * corpus does, which tells the dev server to render the pages again.
 */
const corpus = defineCollection({
  loader: datelineLoader(),
  schema: z.object({ key: z.string(), articles: z.number().int(), events: z.number().int() }),
});

export const collections = { corpus };
