import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus/build-corpus.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { CSV_COLUMNS, csvField, timelineJsDates } from '../../src/site/exports.ts';
import { csvText, parseCsv } from '../support/parse-csv.ts';
import { timelineJsOrdinal, timelineJsSchema } from '../support/timelinejs-schema.ts';

/** The exports other tools read: timeline.csv, timelinejs.json, feed.json. */
const dir = new URL('../../content/articles/', import.meta.url);
const seeds = readdirSync(dir).map((name) => ({
  file: `content/articles/${name}`,
  text: readFileSync(new URL(name, dir), 'utf8'),
}));
const ORIGIN = 'https://example.org';
const corpus = buildCorpus(seeds);
const site = buildSite(corpus, { perPage: 50, origin: ORIGIN, forceRedirects: false });
const claims = corpus.events.flatMap((event) => event.claims);

describe('timeline.csv', () => {
  it('has a header and one record per claim, in timeline order, every record as wide as the header', () => {
    const [header, ...rows] = parseCsv(site.csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(claims.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const column = (name: (typeof CSV_COLUMNS)[number]) => rows.map((row) => csvText(row[CSV_COLUMNS.indexOf(name)]!));
    expect(column('sentence')).toEqual(claims.map((claim) => claim.sentence));
    expect(column('expression')).toEqual(claims.map((claim) => claim.expression ?? ''));
    expect(column('event_id')).toEqual(corpus.events.flatMap((event) => event.claims.map(() => event.id)));
    for (const url of column('claim_url')) expect(url).toMatch(/^https:\/\/example\.org\/articles\/[^/]+\/#c-/);
  });

  describe('edge cases', () => {
    it('quotes commas, quotes, line breaks and edge spaces, and leaves other fields bare', () => {
      expect(csvField('plain words')).toBe('plain words');
      expect(csvField('')).toBe('');
      expect(csvField('11,000 troops')).toBe('"11,000 troops"');
      expect(csvField('he said "soon"')).toBe('"he said ""soon"""');
      expect(csvField('two\nlines')).toBe('"two\nlines"');
      expect(csvField('a\r\nb')).toBe('"a\r\nb"');
      expect(csvField(' lead')).toBe('" lead"');
      expect(parseCsv(['a', csvField('x, "y"\r\nz'), ''].join(',') + '\r\n')).toEqual([['a', 'x, "y"\r\nz', '']]);
    });

    it('writes no field a spreadsheet would run as a formula: a single quote goes first, as OWASP advises', () => {
      expect(csvField('=HYPERLINK("https://evil.example","click")')).toBe(
        `"'=HYPERLINK(""https://evil.example"",""click"")"`,
      );
      expect(csvField("+1+cmd|' /C calc'!A0")).toBe("'+1+cmd|' /C calc'!A0");
      expect(csvField('-2+3')).toBe("'-2+3");
      expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
      expect(csvField('\uFF1D1+1')).toBe("'\uFF1D1+1");
      expect(csvField('\t=1')).toBe("'\t=1");
      expect(csvField('  =1')).toBe("'  =1");
      // Inside a field, the same characters are only text.
      expect(csvField('2024-10-01')).toBe('2024-10-01');
      expect(csvField('a = b, c @ d')).toBe('"a = b, c @ d"');
      expect(parseCsv(`${csvField('=1,2')},x\r\n`)).toEqual([["'=1,2", 'x']]);
    });
  });
});

describe('timelinejs.json', () => {
  it('is TimelineJS3 JSON: every event once, by its id, with its label and a link to its page', () => {
    const data = timelineJsSchema.parse(JSON.parse(site.timelineJs));
    expect(data.events.map((slide) => slide.unique_id)).toEqual(corpus.events.map((event) => event.id));
    expect(data.events.map((slide) => slide.display_date)).toEqual(corpus.events.map((event) => event.label));
    expect(data.events.map((slide) => slide.text?.headline)).toEqual(corpus.events.map((event) => event.title));
    for (const slide of data.events) {
      expect(slide.text?.text).toContain(`href="${ORIGIN}/events/${slide.unique_id}/"`);
      expect(['Reported by one source', 'Reported by several sources']).toContain(slide.group);
      if (slide.end_date)
        expect(timelineJsOrdinal(slide.end_date)).toBeGreaterThan(timelineJsOrdinal(slide.start_date));
    }
  });

  describe('edge cases', () => {
    it('gives dates no finer than their edges: a day, days, a month, months across a year, a year, years', () => {
      expect(timelineJsDates('2024-12-04', '2024-12-04')).toEqual({ start_date: { year: 2024, month: 12, day: 4 } });
      expect(timelineJsDates('2024-10-01', '2024-10-10')).toEqual({
        start_date: { year: 2024, month: 10, day: 1 },
        end_date: { year: 2024, month: 10, day: 10 },
      });
      expect(timelineJsDates('2024-02-01', '2024-02-29')).toEqual({ start_date: { year: 2024, month: 2 } });
      expect(timelineJsDates('2023-02-01', '2023-02-28')).toEqual({ start_date: { year: 2023, month: 2 } });
      expect(timelineJsDates('2024-12-01', '2025-02-28')).toEqual({
        start_date: { year: 2024, month: 12 },
        end_date: { year: 2025, month: 2 },
      });
      expect(timelineJsDates('2024-01-01', '2024-12-31')).toEqual({ start_date: { year: 2024 } });
      expect(timelineJsDates('1990-01-01', '1999-12-31')).toEqual({
        start_date: { year: 1990 },
        end_date: { year: 1999 },
      });
      // A week across a month's end stays in days.
      expect(timelineJsDates('2024-09-30', '2024-10-06').end_date).toEqual({ year: 2024, month: 10, day: 6 });
    });

    it('escapes HTML in the headline text it writes as HTML', () => {
      const hostile = buildSite(
        {
          ...corpus,
          events: corpus.events.map((event, i) =>
            i === 0
              ? { ...event, claims: event.claims.map((c) => ({ ...c, sentence: '<img src=x onerror=alert(1)>' })) }
              : event,
          ),
        },
        { perPage: 50, origin: ORIGIN, forceRedirects: false },
      );
      const first = timelineJsSchema.parse(JSON.parse(hostile.timelineJs)).events[0]!;
      expect(first.text?.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(first.text?.text).not.toContain('<img');
    });
  });
});

describe('feed.json', () => {
  it('is a JSON Feed 1.1 with the Atom feed’s events, latest first report first', () => {
    const feed = JSON.parse(site.jsonFeed) as {
      version: string;
      feed_url: string;
      items: Array<{ id: string; url: string; title: string; date_published: string }>;
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${ORIGIN}/feed.json`);
    const atomLinks = [...site.feed.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(feed.items.map((item) => item.url)).toEqual(atomLinks);
    const dates = feed.items.map((item) => item.date_published);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
});
