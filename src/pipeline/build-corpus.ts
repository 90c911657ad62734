import { buildEvents } from './build-events.ts';
import { collectEntities, type Entity } from './collect-entities.ts';
import { collectFigures, type Figure } from './collect-figures.ts';
import { relateEvents } from './relate-events.ts';
import { compareMessages } from './compare-messages.ts';
import { extractClaims } from './extract-claims.ts';
import { decodeArticle } from './decode-article.ts';
import { readArticle, type ReadArticle } from './read-article.ts';
import { renderArticle } from './render-article.ts';
import type { ArticleMeta, Claim, ContentMessage, Ledger, Sentence, TimelineEvent } from './types.ts';

/** An article ready to publish. */
export interface CorpusArticle {
  slug: string;
  file: string;
  meta: ArticleMeta;
  /** Body HTML with sentences and dates marked (`renderArticle`). */
  html: string;
  sentenceCount: number;
  claims: Claim[];
  /** Event id of each of its claims, by claim id. */
  eventOf: Record<string, string>;
}

/** Everything the site is built from. */
export interface Corpus {
  articles: CorpusArticle[];
  /** Events in timeline order, oldest first. */
  events: TimelineEvent[];
  /** Event ids published so far, to keep for the next build (`content/permalinks.json`). */
  ledger: Ledger;
  /** Troop figures the sources report, earliest report first. */
  figures: Figure[];
  /** People, places, groups and things named in two events or more. */
  entities: Entity[];
  /** The recurring entities of each event, by event id. */
  eventEntities: Record<string, string[]>;
  /** Problems found, errors first, then by file and line. */
  messages: ContentMessage[];
}

/**
 * Run the whole pipeline over a set of article files: decode (`decodeArticle`,
 * for files given as bytes), read and validate each, extract its claims, merge
 * claims into events and render article bodies. An article with errors is left
 * out and its messages returned, so one bad file never hides the others'
 * problems; callers decide whether errors stop the build. Two files whose
 * slugs differ only in capitals (`Kursk.md`, `kursk.md`, `a.MD`) are an error:
 * their pages would overwrite each other on many disks. Nothing here throws
 * on any input: a failure inside the pipeline on one article becomes an error
 * message for that article (`internal-error`).
 *
 * @param files - Path (as shown in messages) and contents of each article, as text or as the file's bytes.
 * @param ledger - Event ids published by earlier builds, or `null` for the first build.
 * @returns Articles sorted by slug, events in timeline order, the updated ledger, and messages.
 */
export function buildCorpus(files: ReadonlyArray<{ file: string; text: string | Uint8Array }>, ledger: Ledger | null = null): Corpus {
  const messages: ContentMessage[] = [];
  const failed = (file: string, problem: unknown): ContentMessage => ({
    file, line: 1, column: 1, rule: 'internal-error', severity: 'error',
    reason: `Dateline failed on this article (${String((problem as Error)?.message ?? problem).split('\n')[0]}): please report it, with the file`,
  });
  const read = [];
  const seen = new Map<string, string>();
  for (const { file, text } of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const decoded = typeof text === 'string' ? { ok: true as const, text } : decodeArticle(text, file);
    if (!decoded.ok) {
      messages.push(decoded.message);
      continue;
    }
    try {
      const article = readArticle(decoded.text, file);
      messages.push(...article.messages);
      const other = seen.get(article.slug.toLowerCase());
      if (other) {
        messages.push({ file, line: 1, column: 1, rule: 'duplicate-slug', severity: 'error',
          reason: `\`${article.slug}\` is also the slug of ${other} (slugs that differ only in capitals collide): rename one of the files` });
        continue;
      }
      seen.set(article.slug.toLowerCase(), file);
      if (!article.meta) continue;
      const extracted = extractClaims(article.slug, article.tree, article.bodyLine, article.meta.published, file);
      messages.push(...extracted.messages);
      read.push({ article, meta: article.meta, ...extracted });
    } catch (problem) {
      messages.push(failed(file, problem));
    }
  }
  const facts = new Map(read.map((entry) => [entry.article.slug, { published: entry.meta.published, outlet: entry.meta.outlet }]));
  const built = buildEvents(read.flatMap((entry) => entry.claims), facts, ledger);
  const events = built.events;
  const eventOf = new Map(events.flatMap((event) => event.claims.map((claim) => [claim.id, event.id] as const)));
  const render = (article: ReadArticle, sentences: Sentence[], claims: Claim[]) => {
    try {
      return renderArticle(article.tree, sentences, claims, eventOf);
    } catch (problem) {
      messages.push(failed(article.file, problem));
      return '';
    }
  };
  const articles = read.map(({ article, meta, sentences, claims }) => ({
    slug: article.slug,
    file: article.file,
    meta,
    html: render(article, sentences, claims),
    eventOf: Object.fromEntries(claims.map((claim) => [claim.id, eventOf.get(claim.id)!])),
    sentenceCount: sentences.length,
    claims,
  }));
  messages.sort(compareMessages);
  const { entities, byEvent } = collectEntities(events);
  const related = relateEvents(byEvent);
  for (const event of events) event.related = related.get(event.id) ?? [];
  return { articles, events, ledger: built.ledger, figures: collectFigures(events, facts), entities, eventEntities: Object.fromEntries(byEvent), messages };
}
