import { formatDay } from '../pipeline/days.ts';
import type { SiteContext } from './context.ts';
import { absoluteHref, href, paths } from './href.ts';
import { dateView, type DateView } from './views.ts';
import { bylineOf, personOf } from './wording.ts';

/** A source article's page: what it is, its body with its claims marked, and the index of its claims. */
export interface ArticlePage {
  slug: string;
  title: string;
  description: string;
  jsonLd: Record<string, unknown>;
  outlet: string | undefined;
  via: string | undefined;
  /** The byline in words (`bylineOf`), or `null` when there is none. */
  author: string | null;
  published: { datetime: string; day: string };
  publishedInferred: boolean;
  publishedNote: string | undefined;
  /** The original's address and the host it shows. */
  original: { href: string; host: string } | null;
  claimCount: number;
  sentenceCount: number;
  /** The body, rendered by the pipeline (`renderArticle`). */
  html: string;
  claims: Array<{ eventHref: string; date: DateView; words: string; jump: string }>;
}

/**
 * The page of every source article, in the corpus's order.
 *
 * @param site - The corpus lookups.
 * @returns The pages.
 */
export function articlePages(site: SiteContext): ArticlePage[] {
  return site.corpus.articles.map(({ slug, meta, claims, sentenceCount, html, eventOf }) => ({
    slug,
    title: meta.title,
    description: `${meta.outlet ?? 'Source'}: ${meta.title}`,
    jsonLd: {
      '@type': 'NewsArticle',
      headline: meta.title,
      datePublished: meta.published,
      url: absoluteHref(paths.article(slug), site.options.origin),
      ...(personOf(meta.author) ? { author: { '@type': 'Person', name: personOf(meta.author) } } : {}),
      ...(meta.outlet ? { publisher: { '@type': 'Organization', name: meta.outlet } } : {}),
      ...(meta.url ? { isBasedOn: meta.url } : {}),
    },
    outlet: meta.outlet,
    via: meta.via,
    author: bylineOf(meta.author),
    published: { datetime: meta.published, day: formatDay(meta.published) },
    publishedInferred: meta.publishedInferred,
    publishedNote: meta.publishedNote,
    original: meta.url ? { href: meta.url, host: new URL(meta.url).hostname } : null,
    claimCount: claims.length,
    sentenceCount,
    html,
    claims: claims.map((claim) => ({
      eventHref: href(paths.event(eventOf[claim.id]!)),
      date: dateView(claim),
      words: claim.expression === null ? 'publication date' : `“${claim.expression}”`,
      jump: `#${claim.fragment}`,
    })),
  }));
}
