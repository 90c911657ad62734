import { formatDay } from '../pipeline/days.ts';
import type { Claim, TimelineEvent } from '../pipeline/model/index.ts';
import type { SiteContext } from './context.ts';
import { absoluteHref, href, paths } from './href.ts';
import type { TimelinePagination } from './paginate-timeline.ts';
import { dateView, sourceLink, type DateView, type Link, type PagerView, type SourceLinkView } from './views.ts';
import { basisOf, datedTo, personOf, reportedBy } from './wording.ts';

/** The most claims an event's page quotes; the rest are on its numbered claim pages (`/events/<id>/claims/2/`). */
export const CLAIMS_PER_PAGE = 40;

/** A claim as an event's page quotes it (the `ClaimList` component). */
export interface ClaimView {
  /** Its anchor on the page (and in its article's page). */
  fragment: string;
  sentence: string;
  /** Where the quote comes from: the sentence in its article's page. */
  cite: string;
  source: SourceLinkView;
  articleHref: string;
  articleTitle: string;
  /** The person the byline names (`personOf`): none for `Staff Writer`. */
  author: string | undefined;
  /** The article's publication day, in words. */
  published: string;
  publishedInferred: boolean;
  /** Why it has its date (`basisOf`). */
  basis: string;
  /** The date in EDTF, for other tools: shown only inside "How this date was read". */
  edtf: string;
  /** How precisely the claim is dated (`datedTo`). */
  precision: string;
}

/** A live event's page. */
export interface EventPage {
  id: string;
  title: string;
  description: string;
  jsonLd: Record<string, unknown>;
  date: DateView;
  /** `dated to the day` (`datedTo`). */
  precision: string;
  heading: string;
  /** Its own address, for the copy-link control. */
  url: string;
  /** `Reported by 3 sources: …` (`reportedBy`). */
  reported: string;
  firstReport: { outlet: string; title: string; published: string };
  entities: Link[];
  disagreements: string[];
  claimsHeading: string;
  claims: ClaimView[];
  /** Claims shown here at most, and the pages of the others. */
  claimsPerPage: number;
  morePages: Link[];
  related: Array<{ href: string; label: string; title: string }>;
  pager: PagerView;
}

/** A page of the further claims of an event reported more often than its page quotes. */
export interface ClaimPage {
  id: string;
  /** 2 and up. */
  n: number;
  title: string;
  description: string;
  eventLink: Link;
  date: DateView;
  heading: string;
  claims: ClaimView[];
  pager: PagerView;
}

/** The page of the id of an event merged into another: it leads there. */
export interface MergedPage {
  id: string;
  /** The address of the event it merged into. */
  target: string;
  /** The same, absolute: the page's canonical address. */
  canonical: string;
}

/** The page of the id of a withdrawn event: it says so. */
export interface WithdrawnPage {
  id: string;
  homeHref: string;
}

/** The claim's view, with its article's facts. */
function claimView(claim: Claim, site: SiteContext): ClaimView {
  const { meta } = site.article(claim.article);
  return {
    fragment: claim.fragment,
    sentence: claim.sentence,
    cite: href(paths.article(claim.article, claim.fragment)),
    source: sourceLink(claim.article, meta, claim.fragment),
    articleHref: href(paths.article(claim.article)),
    articleTitle: meta.title,
    author: personOf(meta.author),
    published: formatDay(meta.published),
    publishedInferred: meta.publishedInferred,
    basis: basisOf(claim, meta.published),
    edtf: claim.edtf,
    precision: datedTo(claim),
  };
}

/**
 * The claims' views with anchors unique on their page: two articles that
 * carry the same sentence (wire copy) give claims of the same fragment; the
 * repeats are told apart by their article (`c-1a2b3c4-<article>`).
 */
function claimViews(claims: readonly Claim[], site: SiteContext): ClaimView[] {
  const seen = new Set<string>();
  return claims.map((claim) => {
    const view = claimView(claim, site);
    if (seen.has(view.fragment)) view.fragment = `${view.fragment}-${claim.article}`;
    seen.add(view.fragment);
    return view;
  });
}

/**
 * Every page of every event: each live event's page, the further pages of
 * claims of those reported more often than a page quotes, and the pages of
 * retired ids, so that every link ever published keeps working: an id merged
 * into another event leads to it, a withdrawn one says so.
 *
 * @param site - The corpus lookups.
 * @param layout - The timeline's pages: where each event is listed.
 * @returns The pages of each kind.
 */
export function eventPages(
  site: SiteContext,
  layout: TimelinePagination,
): { events: EventPage[]; claimPages: ClaimPage[]; merged: MergedPage[]; withdrawn: WithdrawnPage[] } {
  const { events } = site.corpus;
  const url = (path: string) => absoluteHref(path, site.options.origin);
  const live = events.map((event, i): EventPage => {
    const { id, label, title, claims, corroboration, outlets, firstReport } = event;
    const sources = [...new Set(claims.map((claim) => claim.article))];
    const previous = events[i - 1];
    const next = events[i + 1];
    const parts = Math.ceil(claims.length / CLAIMS_PER_PAGE);
    return {
      id,
      title: `${label}: ${title}`,
      description: `${label}: ${title}. ${corroboration === 1 ? 'One source' : `${corroboration} sources`}.`,
      jsonLd: {
        '@type': 'Event',
        name: title,
        startDate: event.start,
        endDate: event.end,
        description: `${label}: ${title}`,
        url: url(paths.event(id)),
        subjectOf: sources.map((slug) => {
          const { meta } = site.article(slug);
          return {
            '@type': 'NewsArticle',
            headline: meta.title,
            datePublished: meta.published,
            url: url(paths.article(slug)),
            ...(meta.outlet ? { publisher: { '@type': 'Organization', name: meta.outlet } } : {}),
          };
        }),
      },
      date: dateView(event),
      precision: datedTo(event),
      heading: title,
      url: href(paths.event(id)),
      reported: reportedBy(corroboration, outlets),
      firstReport: {
        outlet: firstReport.outlet ?? 'an outlet not named',
        title: site.article(firstReport.article).meta.title,
        published: formatDay(firstReport.published),
      },
      entities: (site.corpus.eventEntities[id] ?? []).map((key) => ({
        href: href(paths.entity(key)),
        text: site.entityName(key),
      })),
      disagreements: event.disagreements.map((d) => d.summary),
      claimsHeading:
        claims.length === 1 ? 'The report' : `${claims.length.toLocaleString('en-GB')} claims, earliest report first`,
      claims: claimViews(claims.slice(0, CLAIMS_PER_PAGE), site),
      claimsPerPage: CLAIMS_PER_PAGE,
      morePages: Array.from({ length: Math.max(0, parts - 1) }, (_, i) => ({
        href: href(paths.event(id, i + 2)),
        text: `page ${i + 2}`,
      })),
      related: event.related.map((other) => {
        const related = site.event(other);
        return { href: href(paths.event(other)), label: related.label, title: related.title };
      }),
      pager: {
        label: 'Neighbouring events',
        up: { href: href(`${layout.pageOf[id]}#${id}`), text: 'Timeline' },
        previous: previous && { href: href(paths.event(previous.id)), text: previous.label },
        next: next && { href: href(paths.event(next.id)), text: next.label },
      },
    };
  });
  const claimPages = events.flatMap((event) => {
    const parts = Math.ceil(event.claims.length / CLAIMS_PER_PAGE);
    return Array.from({ length: Math.max(0, parts - 1) }, (_, i) => claimPage(event, i + 2, parts, site));
  });
  return {
    events: live,
    claimPages,
    merged: events.flatMap((event) =>
      event.aliases.map((alias) => ({
        id: alias,
        target: href(paths.event(event.id)),
        canonical: url(paths.event(event.id)),
      })),
    ),
    withdrawn: Object.entries(site.corpus.ledger.aliases)
      .filter(([, target]) => target === null)
      .map(([id]) => ({ id, homeHref: href(paths.home) })),
  };
}

/** Page `n` (from 2) of an event's claims. */
function claimPage(event: TimelineEvent, n: number, parts: number, site: SiteContext): ClaimPage {
  const { id, label, title, claims } = event;
  const first = (n - 1) * CLAIMS_PER_PAGE;
  const last = Math.min(first + CLAIMS_PER_PAGE, claims.length);
  const part = (i: number) => href(paths.event(id, i));
  return {
    id,
    n,
    title: `${label}: ${title} (claims, page ${n} of ${parts})`,
    description: `${label}: ${title}. Claims ${first + 1}–${last} of ${claims.length}.`,
    eventLink: { href: href(paths.event(id)), text: title },
    date: dateView(event),
    heading: `Claims ${first + 1}–${last} of ${claims.length.toLocaleString('en-GB')}`,
    claims: claimViews(claims.slice(first, first + CLAIMS_PER_PAGE), site),
    pager: {
      label: 'Pages of claims',
      up: { href: href(paths.event(id)), text: 'The event' },
      previous: { href: part(n - 1), text: `page ${n - 1}` },
      next: n < parts ? { href: part(n + 1), text: `page ${n + 1}` } : undefined,
    },
  };
}
