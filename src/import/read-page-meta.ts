import { findDateline } from './find-dateline.ts';
import { readJsonLd, type JsonLdObject } from './read-json-ld.ts';
import type { Found } from './types.ts';
import { fromIsoDay } from '../pipeline/days.ts';

/** What a page's head says about its article. */
export interface PageMeta {
  title: Found | null;
  published: Found | null;
  author: Found | null;
  outlet: Found | null;
  url: Found | null;
}

/** The parts of a DOM document this module reads (linkedom's and the browser's both fit). */
interface Doc {
  querySelectorAll(
    selector: string,
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;

/** The day a date string names, as the publisher wrote it: `2024-12-10T23:30:00-05:00` is 10 December, its local day. */
function dayOf(value: string | null): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4}-\d\d-\d\d)(?:$|[T\s])/.exec(value);
  if (iso) return fromIsoDay(iso[1]!) ? iso[1]! : null;
  return findDateline(value)?.day ?? null;
}

/** A person or organisation's name from JSON-LD: a string, `{ name }` or a list of them. */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) =>
      typeof item === 'string' ? item : item && typeof item === 'object' ? (item as JsonLdObject).name : null,
    )
    .map(text)
    .filter((name): name is string => name !== null && !/^https?:/.test(name));
  return list.length ? list.join(' and ') : null;
}

const absolute = (value: string | null): string | null => {
  if (!value) return null;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
};

/**
 * Read what a saved web page states about its article, in its head and
 * schema.org data: the title (`og:title`, JSON-LD `headline`,
 * `twitter:title`, then `<title>` less the site's name), the publication day
 * (`article:published_time`, JSON-LD `datePublished`, `date`-like meta tags,
 * a `<time>` marked as the publication date; a timestamp counts as the day
 * the publisher wrote, not converted to UTC), the author (`author` meta,
 * `article:author` when not an address, JSON-LD `author`), the outlet
 * (`og:site_name`, JSON-LD `publisher`) and the canonical address. A date
 * found only in the page's address, or only as a modification date, is
 * flagged as inferred.
 *
 * @param document - The parsed page.
 * @returns Each value with the tag it came from, or `null` when the page does not say.
 */
export function readPageMeta(document: Doc): PageMeta {
  const meta = new Map<string, string>();
  for (const tag of Array.from(document.querySelectorAll('meta'))) {
    const name = (
      tag.getAttribute('property') ??
      tag.getAttribute('name') ??
      tag.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = text(tag.getAttribute('content'));
    if (name && content && !meta.has(name)) meta.set(name, content);
  }
  const ld = readJsonLd(
    Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map(
      (script) => script.textContent ?? '',
    ),
  );
  const ldType = ld ? String(Array.isArray(ld['@type']) ? ld['@type'][0] : ld['@type']) : '';
  const stated = (value: string | null, source: string): Found | null =>
    value ? { value, source, inferred: false } : null;
  const first = (...candidates: Array<Found | null>) => candidates.find((candidate) => candidate !== null) ?? null;

  const outlet = first(
    stated(meta.get('og:site_name') ?? null, 'og:site_name'),
    stated(ld ? names(ld.publisher) : null, `JSON-LD ${ldType} publisher`),
    stated(meta.get('application-name') ?? null, 'application-name'),
  );
  // Titles often end with the site's name ("Headline | Site", "Headline · Site"): take it off.
  const site = outlet?.value.toLowerCase();
  const titled = (value: string | null, source: string): Found | null => {
    if (!value) return null;
    const parts = value.split(/\s+[|–—·»-]\s+/);
    const rest = parts.length > 1 && site ? parts.filter((part) => part.toLowerCase() !== site) : parts;
    return rest.length === parts.length || rest.length === 0
      ? { value, source, inferred: false }
      : { value: rest.join(' - '), source: `${source}, less the site's name`, inferred: false };
  };
  const title = first(
    titled(meta.get('og:title') ?? null, 'og:title'),
    titled(ld ? (text(ld.headline) ?? text(ld.name)) : null, `JSON-LD ${ldType} headline`),
    titled(meta.get('twitter:title') ?? null, 'twitter:title'),
    titled(text(document.querySelector('title')?.textContent), '<title>'),
    stated(text(document.querySelector('h1')?.textContent), "the page's first <h1>"),
  );

  const time = document.querySelector('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"]');
  const url = first(
    stated(
      absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null),
      '<link rel="canonical">',
    ),
    stated(absolute(meta.get('og:url') ?? null), 'og:url'),
    stated(
      ld
        ? absolute(
            text(ld.url) ??
              text(ld.mainEntityOfPage) ??
              text((ld.mainEntityOfPage as JsonLdObject | undefined)?.['@id']),
          )
        : null,
      `JSON-LD ${ldType} url`,
    ),
  );
  const dateTags = [
    'article:published_time',
    'og:published_time',
    'datepublished',
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publication_date',
    'dc.date',
    'dc.date.issued',
    'dcterms.created',
    'dcterms.issued',
    'sailthru.date',
    'parsely-pub-date',
  ];
  const fromPath = url ? /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)\//.exec(new URL(url.value).pathname) : null;
  const pathDay =
    fromPath && fromIsoDay(`${fromPath[1]}-${fromPath[2]}-${fromPath[3]}`)
      ? `${fromPath[1]}-${fromPath[2]}-${fromPath[3]}`
      : null;
  const modified = dayOf(meta.get('article:modified_time') ?? (ld ? text(ld.dateModified) : null) ?? null);
  const published = first(
    ...dateTags.map((tag) =>
      stated(dayOf(meta.get(tag) ?? null), tag === 'datepublished' ? 'itemprop="datePublished"' : tag),
    ),
    stated(ld ? dayOf(text(ld.datePublished) ?? text(ld.dateCreated)) : null, `JSON-LD ${ldType} datePublished`),
    stated(
      dayOf(time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? text(time?.textContent) ?? null),
      '<time> marked as the publication date',
    ),
    pathDay
      ? {
          value: pathDay,
          source: `the page's address (${url!.value})`,
          inferred: true,
          note: `Not stated in the page; read from its address, ${url!.value}.`,
        }
      : null,
    modified
      ? {
          value: modified,
          source: 'the date the page was last modified',
          inferred: true,
          note: 'The page states only when it was last modified.',
        }
      : null,
  );

  const articleAuthor = meta.get('article:author') ?? null;
  const author = first(
    stated(meta.get('author') ?? null, 'the author meta tag'),
    stated(articleAuthor && !/^https?:/.test(articleAuthor) ? articleAuthor : null, 'article:author'),
    stated(ld ? names(ld.author) : null, `JSON-LD ${ldType} author`),
    stated(meta.get('byl')?.replace(/^by\s+/i, '') ?? null, 'the byl meta tag'),
  );
  return { title, published, author, outlet, url };
}
