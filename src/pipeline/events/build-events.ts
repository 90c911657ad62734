import { assignEventIds } from './assign-event-ids.ts';
import { eventId } from './event-id.ts';
import { findQuantities } from './find-quantities.ts';
import { formatLabel } from '../dates/index.ts';
import { mergeClaims } from './merge-claims.ts';
import { toEdtf } from '../dates/index.ts';
import { writeTitle } from './write-title.ts';
import type { Claim, Disagreement, Interval, IsoDay, Ledger, TimelineEvent } from '../model/index.ts';

/** What the events need to know of each article. */
export interface ArticleFacts {
  published: IsoDay;
  outlet?: string | undefined;
}

/** Events in timeline order, and the ledger of ids to keep for the next build. */
export interface BuiltEvents {
  events: TimelineEvent[];
  ledger: Ledger;
}

const KIND_WORDS: Record<string, string> = {
  deployed: 'sent or stationed',
  'at-front': 'at or moving to the front',
  casualties: 'killed or wounded',
  projected: 'that could be sent',
};

/**
 * Turn claims into the timeline's events: merge the claims that describe the
 * same happening (`mergeClaims`), date each event by the most precise date
 * its claims support (the span of the days when sources a day apart
 * disagree), write its title, count its sources, name the first report, flag
 * disagreements on dates and on figures (within the event, or for the same
 * figure anywhere in the timeline), and give it a permanent id
 * (`assignEventIds`). Deterministic: the order of the input does not matter.
 *
 * @param claims - Claims of every article, in any order.
 * @param articles - Publication date and outlet of each article, by slug.
 * @param ledger - Ids published by earlier builds, or `null`.
 * @returns Events in timeline order (oldest first) and the updated ledger.
 */
export function buildEvents(
  claims: readonly Claim[],
  articles: ReadonlyMap<string, ArticleFacts>,
  ledger: Ledger | null = null,
): BuiltEvents {
  const facts = (slug: string): ArticleFacts => articles.get(slug) ?? { published: '9999-12-31' };
  const byReport = (a: Claim, b: Claim) =>
    cmp(facts(a.article).published, facts(b.article).published) ||
    cmp(a.article, b.article) ||
    a.sentenceIndex - b.sentenceIndex ||
    (a.expressionStart ?? -1) - (b.expressionStart ?? -1);

  const drafts = mergeClaims(claims).map((group) => {
    const ordered = [...group].sort(byReport);
    const date = eventDate(group);
    const title = writeTitle(ordered);
    const first = ordered[0]!;
    const outlets: string[] = [];
    const sources = new Set<string>();
    for (const claim of ordered) {
      const outlet = facts(claim.article).outlet;
      if (outlet && !outlets.includes(outlet)) outlets.push(outlet);
      sources.add(outlet ? `outlet:${outlet}` : `article:${claim.article}`);
    }
    return {
      ...date,
      label: formatLabel(date),
      edtf: toEdtf(date),
      title,
      claims: ordered,
      outlets,
      corroboration: sources.size,
      firstReport: {
        article: first.article,
        outlet: facts(first.article).outlet ?? null,
        published: facts(first.article).published,
      },
      disagreements: dateDisagreement(group, facts),
      base: eventId(date.start, title),
    };
  });
  drafts.sort(
    (a, b) =>
      cmp(a.start, b.start) || cmp(a.end, b.end) || cmp(a.base, b.base) || cmp(a.claims[0]!.id, b.claims[0]!.id),
  );

  addNumberDisagreements(drafts, facts);
  const assigned = assignEventIds(
    drafts.map((d) => ({ claims: d.claims.map((c) => c.id), base: d.base })),
    ledger,
  );
  const events = drafts.map(({ base: _base, ...draft }, i) => ({
    id: assigned.ids[i]!,
    ...draft,
    aliases: assigned.aliases[i]!,
    related: [] as string[], // filled in from the entities each event names (`relateEvents`)
  }));
  return { events, ledger: assigned.ledger };
}

/** The most precise date the claims support; the span of the days when single days differ. */
function eventDate(claims: readonly Claim[]): Interval {
  const days = [...new Set(claims.filter((c) => c.start === c.end).map((c) => c.start))].sort();
  if (days.length > 1) return { start: days[0]!, end: days.at(-1)!, precision: 'days' };
  const narrowest = claims.reduce((best, c) =>
    span(c) < span(best) || (span(c) === span(best) && c.start < best.start) ? c : best,
  );
  return { start: narrowest.start, end: narrowest.end, precision: narrowest.precision };
}

function dateDisagreement(claims: readonly Claim[], facts: (slug: string) => ArticleFacts): Disagreement[] {
  const byDay = new Map<string, Claim[]>();
  for (const claim of claims)
    if (claim.start === claim.end) byDay.set(claim.label, [...(byDay.get(claim.label) ?? []), claim]);
  if (byDay.size < 2) return [];
  const values = [...byDay]
    .map(([label, list]) => ({ label, claims: list.map((c) => c.id) }))
    .sort((a, b) => cmp(a.label, b.label));
  const who = (list: Claim[]) =>
    [...new Set(list.map((c) => facts(c.article).outlet ?? 'an unnamed outlet'))].join(', ');
  return [
    {
      kind: 'date',
      summary: `Sources disagree on the date: ${[...byDay].map(([label, list]) => `${label} (${who(list)})`).join(' vs ')}.`,
      values,
    },
  ];
}

/** Reports of one figure within this many days of each other are compared (a later figure may simply be newer). */
const FIGURE_WINDOW = 45 * 86_400_000;

/**
 * Flag every event that reports a figure which other reports, within 45 days,
 * give differently (10,000 vs 11,000 North Korean troops sent). Linear: the
 * reports of each figure are swept in date order with a sliding window.
 */
function addNumberDisagreements(
  drafts: Array<{ start: string; claims: Claim[]; disagreements: Disagreement[] }>,
  facts: (slug: string) => ArticleFacts,
): void {
  type Report = { key: string; value: number; day: number; draft: number; claim: Claim };
  const reports: Report[] = [];
  const bySentence = new Map<string, ReturnType<typeof findQuantities>>(); // a sentence with many claims is read once
  drafts.forEach((draft, d) => {
    for (const claim of draft.claims) {
      const key = `${claim.article}\u0000${claim.sentenceIndex}`;
      if (!bySentence.has(key)) bySentence.set(key, findQuantities(claim.sentence));
      for (const quantity of bySentence.get(key)!) {
        if (quantity.kind === 'projected') continue;
        reports.push({
          key: `${quantity.subject}\u0000${quantity.kind}`,
          value: quantity.value,
          day: Date.parse(draft.start),
          draft: d,
          claim,
        });
      }
    }
  });
  reports.sort((a, b) => cmp(a.key, b.key) || a.day - b.day || a.draft - b.draft || cmp(a.claim.id, b.claim.id));
  const sources = new Map<string, string>();
  const source = (r: Report) => {
    let text = sources.get(r.claim.article);
    if (text === undefined) {
      const published = facts(r.claim.article).published;
      text = `${facts(r.claim.article).outlet ?? 'unnamed outlet'}, ${formatLabel({ start: published, end: published, precision: 'day' })}`;
      sources.set(r.claim.article, text);
    }
    return text;
  };
  // For each report, the reports of the same figure within the window: two pointers per key.
  let lo = 0;
  let hi = 0;
  // Value -> the reports of it in the window, oldest first (a queue: `head` is its front).
  const inWindow = new Map<number, { items: Report[]; head: number }>();
  const flagged = new Set<string>();
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i]!;
    if (i > 0 && reports[i - 1]!.key !== r.key) {
      inWindow.clear();
      lo = hi = i;
    }
    while (hi < reports.length && reports[hi]!.key === r.key && reports[hi]!.day <= r.day + FIGURE_WINDOW) {
      const add = reports[hi]!;
      if (!inWindow.has(add.value)) inWindow.set(add.value, { items: [], head: 0 });
      inWindow.get(add.value)!.items.push(add);
      hi++;
    }
    while (reports[lo]!.day < r.day - FIGURE_WINDOW) {
      const queue = inWindow.get(reports[lo]!.value)!;
      queue.head++; // reports leave in the order they came
      if (queue.head === queue.items.length) inWindow.delete(reports[lo]!.value);
      lo++;
    }
    if (inWindow.size < 2 || flagged.has(`${r.draft}\u0000${r.key}`)) continue;
    flagged.add(`${r.draft}\u0000${r.key}`);
    const [subject, kind] = r.key.split('\u0000') as [string, string];
    const values = [...inWindow]
      .sort((a, b) => a[0] - b[0])
      .slice(0, 6)
      .map(([value, queue]) => [value, queue.items.slice(queue.head, queue.head + 10)] as const);
    const summary = `Sources give different numbers of ${subjectName(subject)} ${KIND_WORDS[kind] ?? kind}: ${values
      .map(
        ([value, list]) =>
          `${value.toLocaleString('en-US')} (${[...new Set(list.map(source))].slice(0, 3).join('; ')})`,
      )
      .join(' vs ')}.`;
    drafts[r.draft]!.disagreements.push({
      kind: 'number',
      summary,
      values: values.map(([value, list]) => ({
        label: value.toLocaleString('en-US'),
        claims: [...new Set(list.map((x) => x.claim.id))].slice(0, 10),
      })),
    });
  }
}

/** `north-korean-troops` -> `North Korean troops`. */
function subjectName(subject: string): string {
  return subject
    .split('-')
    .map((word) => (word === 'troops' ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

function span(claim: Claim): number {
  return Date.parse(claim.end) - Date.parse(claim.start);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
