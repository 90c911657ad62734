import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { outletSlugs } from '../site/outlet-slugs.ts';

/** The articles of one outlet (or of none), with where its page is. */
export interface SourceGroup {
  name: string | null;
  slug: string;
  articles: Array<CollectionEntry<'articles'>>;
}

/**
 * The sources, grouped by outlet (named outlets by name, then the articles
 * whose capture names none), each group in order of publication; how many
 * events each article feeds; and whether the list is too long for one page
 * (then `/sources/` lists the outlets and each outlet gets pages of its own).
 *
 * @returns Groups, event counts by slug, the split flag and the page size.
 */
export async function sourceGroups() {
  const articles = (await getCollection('articles')).sort(
    (a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id),
  );
  const { perPage } = (await getEntry('timeline', 'site'))!.data;
  const eventSets = new Map<string, Set<string>>();
  for (const event of await getCollection('events')) {
    for (const claim of event.data.claims) {
      if (!eventSets.has(claim.article)) eventSets.set(claim.article, new Set());
      eventSets.get(claim.article)!.add(event.id);
    }
  }
  const eventCounts = new Map([...eventSets].map(([slug, set]) => [slug, set.size]));
  const slugs = outletSlugs(articles.map((article) => article.data.outlet ?? null));
  const byOutlet = Map.groupBy(articles, (article) => article.data.outlet ?? null);
  const groups: SourceGroup[] = [...byOutlet]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([name, list]) => ({ name, slug: slugs.get(name)!, articles: list }));
  return { groups, eventCounts, split: articles.length > perPage, perPage, total: articles.length };
}
