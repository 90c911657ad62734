import {
  analyseArticles,
  decode,
  internalError,
  type AnalysedArticle,
  type ArticleCache,
  type CorpusFile,
} from './analyse-articles.ts';
import { buildEvents } from '../events/index.ts';
import { collectEntities } from '../events/index.ts';
import { collectFigures } from '../events/index.ts';
import { relateEvents } from '../events/index.ts';
import { isBackground, summariseEvents, weighEvents } from '../events/index.ts';
import { compareMessages } from '../messages.ts';
import { extractSentences } from '../sentences/index.ts';
import { readArticle } from '../reading/index.ts';
import { renderArticle } from '../rendering/index.ts';
import { defaultStory } from '../model/index.ts';
import type { Corpus, Ledger, StoryConfig } from '../model/index.ts';

/** Options of `buildCorpus`. */
export interface BuildOptions {
  /** Results of earlier builds, by each file's `digest`: unchanged articles are not read again. */
  cache?: ArticleCache;
  /** Told how long each stage took (`read` and extraction, `events`, `render`, `entities`), in milliseconds. */
  onStage?: (stage: 'read' | 'events' | 'render' | 'entities', ms: number) => void;
  /** The address of an event's page, from its id, that article bodies link their claims to (default `/events/<id>/`). */
  eventHref?: (id: string) => string;
  /** The story's settings (`readStory`): its names, synonyms and figures shape the events; by default a story with a title only. */
  story?: StoryConfig;
}

/**
 * Run the whole pipeline over a set of article files: analyse each
 * (`analyseArticles`: decode, read, validate, extract its claims; clashing
 * slugs), merge claims into events and render article bodies. An article with
 * errors is left out and its messages returned, so one bad file never hides
 * the others' problems; callers decide whether errors stop the build. Nothing here throws
 * on any input: a failure inside the pipeline on one article becomes an error
 * message for that article (`internal-error`).
 *
 * With a cache (`options.cache`), a file whose `digest` was read before is
 * not read, parsed or extracted again, and its body is not rendered again
 * while the events it links to keep their ids: adding one article to a large
 * story reads one article. The digest must change with the file's path and
 * contents and with the pipeline's code (the caller's job); merging always
 * runs over every claim, so the events never depend on what was cached.
 *
 * @param files - Path (as shown in messages), contents (text or the file's bytes) and, for the cache, a digest of each article.
 * @param ledger - Event ids published by earlier builds, or `null` for the first build.
 * @param options - A cache of earlier results, a stage timer, and the address of an event page.
 * @returns Articles sorted by slug, events in timeline order, the updated ledger, and messages.
 */
export function buildCorpus(
  files: readonly CorpusFile[],
  ledger: Ledger | null = null,
  options: BuildOptions = {},
): Corpus {
  const { cache, onStage, eventHref = (id: string) => `/events/${id}/`, story = defaultStory() } = options;
  let clock = performance.now();
  const lap = (stage: 'read' | 'events' | 'render' | 'entities') => {
    const now = performance.now();
    onStage?.(stage, now - clock);
    clock = now;
  };
  const { articles: read, messages } = analyseArticles(files, cache);
  lap('read');
  const facts = new Map(
    read.map(({ entry }) => [entry.slug, { published: entry.meta!.published, outlet: entry.meta!.outlet }]),
  );
  const built = buildEvents(
    read.flatMap(({ entry }) => entry.claims),
    facts,
    ledger,
  );
  const events = built.events;
  const weighing = new Map(
    read.map(({ entry }) => [
      entry.slug,
      { published: entry.meta!.published, outlet: entry.meta!.outlet, sentences: entry.sentenceCount },
    ]),
  );
  const summaries = summariseEvents(events);
  const significance = weighEvents(
    events,
    weighing,
    new Map([...summaries].map(([id, { agreement }]) => [id, agreement])),
  );
  const firstReport = read.reduce(
    (first, { entry }) => (entry.meta!.published < first ? entry.meta!.published : first),
    '9999-12-31',
  );
  for (const event of events) {
    event.significance = significance.get(event.id)!;
    event.background = isBackground(event, firstReport);
    event.summary = summaries.get(event.id)!.summary;
  }
  const eventOf = new Map(events.flatMap((event) => event.claims.map((claim) => [claim.id, event.id] as const)));
  lap('events');
  /** The body with its claims linked to their events: the cached one while those events keep their addresses. */
  const byFile = new Map(files.map((f) => [f.file, f.text]));
  const render = ({ file, digest, entry, parsed }: AnalysedArticle) => {
    const linked = entry.claims
      .map((claim) => {
        const id = eventOf.get(claim.id);
        return id ? eventHref(id) : '';
      })
      .join(' ');
    if (entry.rendered?.events === linked) return entry.rendered.html;
    try {
      let tree = parsed?.tree;
      let sentences = parsed?.sentences;
      if (!tree || !sentences) {
        // Read from the cache, but its events changed: parse it again to render it (its claims are cached).
        const decoded = decode(byFile.get(file)!, file);
        if (!decoded.ok) throw new Error(decoded.message.reason); // it decoded when it was cached
        const article = readArticle(decoded.text, file);
        tree = article.tree;
        sentences = extractSentences(article.tree, article.bodyLine);
      }
      const html = renderArticle(tree, sentences, entry.claims, eventOf, eventHref);
      entry.rendered = { events: linked, html };
      if (digest !== undefined) cache?.set(digest, entry);
      return html;
    } catch (problem) {
      messages.push(internalError(file, problem));
      return '';
    }
  };
  const articles = read.map((item) => ({
    slug: item.entry.slug,
    file: item.file,
    meta: item.entry.meta!,
    html: render(item),
    eventOf: Object.fromEntries(item.entry.claims.map((claim) => [claim.id, eventOf.get(claim.id)!])),
    sentenceCount: item.entry.sentenceCount,
    claims: item.entry.claims,
  }));
  lap('render');
  messages.sort(compareMessages);
  const { entities, byEvent } = collectEntities(events);
  const related = relateEvents(byEvent);
  for (const event of events) event.related = related.get(event.id) ?? [];
  lap('entities');
  return {
    story,
    articles,
    events,
    ledger: built.ledger,
    figures: collectFigures(events, facts),
    entities,
    eventEntities: Object.fromEntries(byEvent),
    messages,
  };
}
