import { formatDay } from '../pipeline/days.ts';
import type { CorpusArticle } from '../pipeline/model/index.ts';
import type { SiteContext } from './context.ts';
import { href, paths } from './href.ts';
import { outletSlugs } from './outlet-slugs.ts';
import { listParts, type PagerView } from './views.ts';
import { count, personOf } from './wording.ts';

/** A source article as a list of sources shows it (the `SourceList` component). */
export interface SourceItem {
  href: string;
  title: string;
  /** The person the byline names (`personOf`). */
  author: string | undefined;
  published: { datetime: string; day: string };
  publishedInferred: boolean;
  claims: number;
  /** `1 event`, `3 events`: how many its claims feed. */
  events: string;
  via: string | undefined;
}

/** The articles of one outlet (or of none), each group in order of publication. */
export interface SourceGroup {
  /** The outlet's name, or what to call the articles whose capture names none. */
  name: string;
  /** Its path segment, and the anchor of its section on `/sources/`. */
  slug: string;
  href: string;
  /** How many articles it has, in words (`1,204`). */
  size: string;
  /** Its articles, when the sources fit on one page. */
  items: SourceItem[];
}

/** The page of every source: the groups, or an index of outlets when they are too many for one page. */
export interface SourcesPage {
  /** `5 reports from 4 named outlets`, with those whose outlet is not named, and what they contribute (`51 dated claims to 15 events`). */
  reports: string;
  unnamed: string | null;
  contributes: string;
  split: boolean;
  groups: SourceGroup[];
}

/** A page of an outlet's sources, when the sources are too many for one page. */
export interface OutletPage {
  /** Its path below `/sources/`: `reuters`, `reuters/page-2`. */
  param: string;
  title: string;
  description: string;
  sourcesHref: string;
  name: string;
  /** `12 reports, oldest first; part 1 of 2`. */
  lede: string;
  items: SourceItem[];
  pager: PagerView | null;
}

const UNNAMED = 'Outlet not named';

function sourceItem(article: CorpusArticle, site: SiteContext): SourceItem {
  const { slug, meta } = article;
  const events = site.eventCount(slug);
  return {
    href: href(paths.article(slug)),
    title: meta.title,
    author: personOf(meta.author),
    published: { datetime: meta.published, day: formatDay(meta.published) },
    publishedInferred: meta.publishedInferred,
    claims: article.claims.length,
    events: events === 1 ? '1 event' : `${events} events`,
    via: meta.via,
  };
}

/**
 * The sources, grouped by outlet (named outlets by name, then the articles
 * whose capture names none), each group in order of publication: on one
 * page, or, when they are more than a timeline page holds, an index of
 * outlets with a page (in parts) for each.
 *
 * @param site - The corpus lookups.
 * @returns The page of sources and the outlets' pages.
 */
export function sourcePages(site: SiteContext): { sources: SourcesPage; outlets: OutletPage[] } {
  const { perPage } = site.options;
  const articles = [...site.corpus.articles].sort(
    (a, b) => a.meta.published.localeCompare(b.meta.published) || a.slug.localeCompare(b.slug),
  );
  const slugs = outletSlugs(articles.map((article) => article.meta.outlet ?? null));
  const byOutlet = Map.groupBy(articles, (article) => article.meta.outlet ?? null);
  const split = articles.length > perPage;
  const groups = [...byOutlet]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([name, list]) => ({ named: name !== null, list, slug: slugs.get(name)!, name: name ?? UNNAMED }));
  const claims = articles.reduce((sum, article) => sum + article.claims.length, 0);
  const named = groups.filter((group) => group.named).length;
  const unnamed = groups.find((group) => !group.named)?.list.length ?? 0;
  const sources: SourcesPage = {
    reports: `${count(articles.length, 'report')} from ${count(named, 'named outlet')}`,
    unnamed: unnamed > 0 ? ` and ${unnamed.toLocaleString('en-GB')} whose outlet is not named` : null,
    contributes: `${count(claims, 'dated claim')} to ${count(site.corpus.events.length, 'event')}`,
    split,
    groups: groups.map(({ name, slug, list }) => ({
      name,
      slug,
      href: href(paths.outlet(slug)),
      size: list.length.toLocaleString('en-GB'),
      // On one page, every article; split, the outlets' pages list them.
      items: split ? [] : list.map((article) => sourceItem(article, site)),
    })),
  };
  const outlets = !split
    ? []
    : groups.flatMap(({ name, slug, list }) =>
        listParts(list, perPage, name, { href: href(paths.sources), text: 'All sources' }, (part) =>
          paths.outlet(slug, part),
        ).map(({ part, parts, items, pager }): OutletPage => ({
          param: part ? `${slug}/page-${part + 1}` : slug,
          title: parts > 1 ? `${name}, part ${part + 1} of ${parts}` : name,
          description: `${name}: ${list.length} reports in this timeline.`,
          sourcesHref: href(paths.sources),
          name,
          lede: `${list.length.toLocaleString('en-GB')} reports, oldest first${parts > 1 ? `; part ${part + 1} of ${parts}` : ''}`,
          items: items.map((article) => sourceItem(article, site)),
          pager,
        })),
      );
  return { sources, outlets };
}
