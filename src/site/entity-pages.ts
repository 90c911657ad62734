import type { SiteContext } from './context.ts';
import { href, paths } from './href.ts';
import { listParts, type EventEntryView, type PagerView } from './views.ts';
import { count } from './wording.ts';

/** The index of people, places and things: each with its page and number of events. */
export interface EntityIndexPage {
  entities: Array<{ href: string; name: string; events: number }>;
}

/** A page of an entity: its events, in parts of a timeline page's size. */
export interface EntityPage {
  /** Its path below `/entities/`: `russia`, `russia/page-2`. */
  param: string;
  title: string;
  description: string;
  indexHref: string;
  name: string;
  /** What it is named in: `12 events by 7 reports, oldest first; part 1 of 2`. */
  namedIn: string;
  entries: EventEntryView[];
  /** Between parts, when there are several. */
  pager: PagerView | null;
}

/**
 * The index of entities (most events first, then by name) and each entity's pages.
 *
 * @param site - The corpus lookups.
 * @returns The index and the pages.
 */
export function entityPages(site: SiteContext): { index: EntityIndexPage; pages: EntityPage[] } {
  const { entities } = site.corpus;
  const { perPage } = site.options;
  const index = {
    entities: [...entities]
      .sort((a, b) => a.key.localeCompare(b.key))
      .sort((a, b) => b.events.length - a.events.length || (a.name < b.name ? -1 : 1))
      .map((entity) => ({ href: href(paths.entity(entity.key)), name: entity.name, events: entity.events.length })),
  };
  const pages = entities.flatMap(({ key, name, events, articles }) =>
    listParts(events, perPage, name, { href: href(paths.entities), text: 'All people, places and things' }, (part) =>
      paths.entity(key, part),
    ).map(({ part, parts, items, pager }): EntityPage => ({
      param: part ? `${key}/page-${part + 1}` : key,
      title: parts > 1 ? `${name}, part ${part + 1} of ${parts}` : name,
      description: `${name} in the timeline: ${count(events.length, 'event')} in ${count(articles, 'report')}.`,
      indexHref: href(paths.entities),
      name,
      namedIn:
        `${count(events.length, 'event')} by ${count(articles, 'report')}` +
        (events.length > 1 ? ', oldest first' : '') +
        (parts > 1 ? `; part ${part + 1} of ${parts}` : ''),
      entries: items.map((id) => site.entry(site.event(id))),
      pager,
    })),
  );
  return { index, pages };
}
