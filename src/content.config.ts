import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { datelineLoader } from './loader/dateline-loader.ts';
import {
  articleSchema,
  claimSchema,
  entitySchema,
  figureSchema,
  timelineEventSchema,
  type Corpus,
} from './pipeline/model/index.ts';
import { paginateTimeline, type TimelinePagination } from './site/paginate-timeline.ts';

/**
 * The most events one timeline page lists before the timeline splits by year
 * (and a long year by month), and the most any list page shows: entries are
 * at most about 3.7 KB each (a quote cut at 400 characters, six source chips,
 * a note on figures the sources give differently), so no page passes 200 KB
 * of HTML (at 60, an entity page of a 10,000-article story reached 224 KB).
 * `DATELINE_PAGE_EVENTS` overrides it (tests use a small number).
 */
const PAGE_EVENTS = Number(process.env.DATELINE_PAGE_EVENTS) || 50;
const layouts = new WeakMap<Corpus, TimelinePagination>();
const indexes = new WeakMap<
  Corpus,
  {
    articles: Map<string, Corpus['articles'][number]>;
    events: Map<string, Corpus['events'][number]>;
    names: Map<string, string>;
  }
>();
/**
 * What an event's pages show of its sources, related events and entities,
 * worked out here once for all events (lookups per page would cost every
 * page a pass over all articles and events).
 */
const lookupsOf = (corpus: Corpus, event: Corpus['events'][number]) => {
  let index = indexes.get(corpus);
  if (!index) {
    index = {
      articles: new Map(corpus.articles.map((article) => [article.slug, article])),
      events: new Map(corpus.events.map((e) => [e.id, e])),
      names: new Map(corpus.entities.map((entity) => [entity.key, entity.name])),
    };
    indexes.set(corpus, index);
  }
  const { articles, events, names } = index;
  const sources = Object.fromEntries(
    [...new Set(event.claims.map((claim) => claim.article))].map((slug) => {
      const meta = articles.get(slug)!.meta;
      return [
        slug,
        {
          title: meta.title,
          published: meta.published,
          publishedInferred: meta.publishedInferred,
          ...(meta.outlet ? { outlet: meta.outlet } : {}),
          ...(meta.via ? { via: meta.via } : {}),
          ...(meta.author ? { author: meta.author } : {}),
        },
      ];
    }),
  );
  const relatedEvents = event.related
    .map((id) => events.get(id)!)
    .map((other) => ({ id: other.id, label: other.label, title: other.title }));
  const entityNames = (corpus.eventEntities[event.id] ?? []).map((key) => names.get(key) ?? key);
  return { sources, relatedEvents, entityNames };
};
/** The timeline's pages, worked out once per run of the pipeline. */
const layoutOf = (corpus: Corpus) => {
  let layout = layouts.get(corpus);
  if (!layout) layouts.set(corpus, (layout = paginateTimeline(corpus.events, PAGE_EVENTS)));
  return layout;
};

const source = articleSchema.pick({
  title: true,
  outlet: true,
  via: true,
  author: true,
  published: true,
  publishedInferred: true,
});
const month = z.object({ key: z.string(), count: z.number().int(), href: z.string() });

/** Articles: validated frontmatter (the schema editors write to) plus what the pipeline found. */
const articles = defineCollection({
  loader: datelineLoader((corpus) =>
    corpus.articles.map((article) => ({
      id: article.slug,
      data: {
        ...article.meta,
        file: article.file,
        sentenceCount: article.sentenceCount,
        claims: article.claims,
        eventOf: article.eventOf,
        entities: [...new Set(Object.values(article.eventOf).flatMap((id) => corpus.eventEntities[id] ?? []))],
      },
      html: article.html,
    })),
  ),
  schema: articleSchema.extend({
    file: z.string(),
    sentenceCount: z.number().int(),
    claims: z.array(claimSchema),
    eventOf: z.record(z.string(), z.string()),
    /** Keys of the recurring people, places and things its events name. */
    entities: z.array(z.string()),
  }),
});

/** Events: claims merged into timeline entries, in timeline order (`order`). */
const events = defineCollection({
  loader: datelineLoader((corpus) =>
    corpus.events.map((event, order) => ({
      id: event.id,
      data: {
        ...event,
        order,
        entities: corpus.eventEntities[event.id] ?? [],
        page: layoutOf(corpus).pageOf[event.id],
        ...lookupsOf(corpus, event),
      },
    })),
  ),
  schema: timelineEventSchema.extend({
    order: z.number().int(),
    /** Keys of the recurring people, places and things it names. */
    entities: z.array(z.string()),
    /** The timeline page that lists it (`/`, `/years/2024/`...). */
    page: z.string(),
    /** What its pages show of each source article, by slug: no page looks up all articles. */
    sources: z.record(z.string(), source),
    /** Its related events, with what a link to each shows. */
    relatedEvents: z.array(z.object({ id: z.string(), label: z.string(), title: z.string() })),
    /** Names of its recurring entities, in the order of `entities`. */
    entityNames: z.array(z.string()),
  }),
});

/** People, places, groups and things that recur in the timeline, each with its events. */
const entities = defineCollection({
  loader: datelineLoader((corpus) =>
    corpus.entities.map((entity) => ({
      id: entity.key,
      data: { name: entity.name, events: entity.events, articles: entity.articles },
    })),
  ),
  schema: entitySchema.omit({ key: true }),
});

/**
 * Facts about the whole timeline, in one entry (`site`): the ids of events
 * that were withdrawn (their pages say so; ids of events merged into others
 * are in each event's `aliases`), the troop figures sources report, and how
 * the timeline is laid out over pages.
 */
const timeline = defineCollection({
  loader: datelineLoader((corpus) => [
    {
      id: 'site',
      data: {
        withdrawn: Object.entries(corpus.ledger.aliases)
          .filter(([, target]) => target === null)
          .map(([id]) => id),
        figures: corpus.figures,
        split: layoutOf(corpus).split,
        perPage: layoutOf(corpus).perPage,
        pages: layoutOf(corpus).pages,
        years: layoutOf(corpus).years,
      },
    },
  ]),
  schema: z.object({
    withdrawn: z.array(z.string()),
    figures: z.array(figureSchema),
    split: z.boolean(),
    perPage: z.number().int().positive(),
    pages: z.array(
      z.object({
        path: z.string(),
        heading: z.string(),
        year: z.string().nullable(),
        months: z.array(month),
        events: z.array(z.string()),
      }),
    ),
    years: z.array(z.object({ year: z.string(), count: z.number().int(), href: z.string(), months: z.array(month) })),
  }),
});

export const collections = { articles, events, entities, timeline };
