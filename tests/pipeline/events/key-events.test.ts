import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/pipeline/corpus/index.ts';
import { summariseEvents, weighEvents, type WeighFacts } from '../../../src/pipeline/events/index.ts';
import type { Claim, TimelineEvent } from '../../../src/pipeline/model/index.ts';

/** A claim of one day, in our own words. */
const claim = (article: string, day: string, sentence: string, extra: Partial<Claim> = {}): Claim => ({
  id: `${article}#c-${sentence.length}-${day}`,
  fragment: `c-${sentence.length}`,
  article,
  sentence,
  sentenceIndex: 0,
  line: 1,
  expression: 'on Monday',
  expressionStart: 0,
  expressionEnd: 9,
  rule: 'weekday',
  basis: 'relative',
  tense: 'past',
  anchor: day,
  start: day,
  end: day,
  precision: 'day',
  label: day,
  edtf: day,
  ...extra,
});
const event = (id: string, claims: Claim[], extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  title: id,
  claims,
  outlets: [],
  corroboration: 1,
  firstReport: { article: claims[0]!.article, outlet: null, published: claims[0]!.start },
  disagreements: [],
  aliases: [],
  related: [],
  start: claims[0]!.start,
  end: claims[0]!.end,
  precision: 'day',
  label: claims[0]!.label,
  edtf: claims[0]!.edtf,
  ...extra,
});
const facts = (published: string, outlet: string, sentences = 20): WeighFacts => ({ published, outlet, sentences });

describe('weighEvents', () => {
  const articles = new Map<string, WeighFacts>([
    ['a', facts('2021-03-02', 'Alpha')],
    ['b', facts('2021-03-02', 'Beta')],
    ['c', facts('2021-03-03', 'Gamma')],
    ['d', facts('2021-03-02', 'Alpha')],
  ]);

  it('weighs a day that more articles name above one that fewer name', () => {
    const dam = event('dam', [
      claim('a', '2021-03-01', 'The dam burst on Monday.'),
      claim('b', '2021-03-01', 'The dam gave way on Monday.'),
      claim('c', '2021-03-01', 'The dam collapsed on Monday.'),
    ]);
    const fair = event('fair', [claim('d', '2021-03-02', 'The fair opened on Tuesday.')]);
    const weights = weighEvents([dam, fair], articles);
    expect(weights.get('dam')!).toBeGreaterThan(weights.get('fair')!);
  });

  it('counts the lead over a recap at the end, and words naming the day over a report dated by publication', () => {
    const lead = event('lead', [claim('a', '2021-03-01', 'The dam burst on Monday.')]);
    const recap = event('recap', [claim('b', '2021-02-20', 'The dam burst on Monday.', { sentenceIndex: 19 })]);
    const reported = event('reported', [
      claim('d', '2021-02-25', 'The dam burst, officials said.', {
        basis: 'report',
        expression: null,
        rule: 'reported',
      }),
    ]);
    const weights = weighEvents([lead, recap, reported], articles);
    expect(weights.get('lead')!).toBeGreaterThan(weights.get('recap')!);
    expect(weights.get('recap')!).toBeGreaterThan(weights.get('reported')!);
  });

  it('gives a day the weight of every claim naming it, whichever event holds it, and orders its events within half a point', () => {
    const burst = event('burst', [claim('a', '2021-03-01', 'The dam burst on Monday, flooding the valley.')]);
    const rescue = event('rescue', [claim('b', '2021-03-01', 'Rescuers reached the valley on Monday.')]);
    const weights = weighEvents([burst, rescue], articles, new Map([['rescue', 5]]));
    expect(Math.abs(weights.get('burst')! - weights.get('rescue')!)).toBeLessThan(0.5);
    expect(weights.get('rescue')!).toBeGreaterThan(weights.get('burst')!);
  });

  describe('edge cases', () => {
    it('weighs an event of less than a day without a day, and one of unknown articles at zero', () => {
      const month = claim('a', '2021-03-01', 'The dam was built in March.', {
        end: '2021-03-31',
        precision: 'month',
        label: 'Mar 2021',
        edtf: '2021-03',
      });
      const weights = weighEvents(
        [
          event('month', [month], { end: '2021-03-31', precision: 'month' }),
          event('nobody', [claim('x', '2021-03-01', 'The dam burst on Monday.')]),
        ],
        articles,
      );
      expect(weights.get('month')!).toBeGreaterThan(0);
      expect(weights.get('nobody')!).toBe(0);
    });

    it('gives nothing for no events, and the same weights in any order', () => {
      expect(weighEvents([], articles).size).toBe(0);
      const list = [
        event('one', [claim('a', '2021-03-01', 'The dam burst on Monday.')]),
        event('two', [claim('b', '2021-03-01', 'Rescuers came on Monday.')]),
      ];
      expect([...weighEvents([...list].reverse(), articles)].sort()).toEqual([...weighEvents(list, articles)].sort());
    });
  });
});

describe('summariseEvents', () => {
  it("picks the claim that says what the day's reports agree on, not the first", () => {
    const e = event('dam', [
      claim('a', '2021-03-01', 'Officials met on Monday.'),
      claim('b', '2021-03-01', 'The Karst dam burst on Monday, flooding the valley below it.'),
      claim('c', '2021-03-01', 'The Karst dam burst and flooded the valley on Monday.'),
    ]);
    expect(summariseEvents([e]).get('dam')!.summary).toMatch(/Karst dam burst/);
  });

  it("leaves the page's furniture out of the summary", () => {
    const e = event('dam', [
      claim('a', '2021-03-01', 'OSLO | Tue Mar 2, 2021 6:15 pm CET OSLO (Reuters) - The Karst dam burst on Monday.'),
    ]);
    expect(summariseEvents([e]).get('dam')!.summary).toBe('The Karst dam burst on Monday.');
  });

  describe('edge cases', () => {
    it('gives a sentence of stop words alone as it is, with no agreement', () => {
      const e = event('none', [claim('a', '2021-03-01', 'It was on.')]);
      expect(summariseEvents([e]).get('none')).toEqual({ summary: 'It was on.', agreement: 0 });
    });
  });
});

describe('significance and summary on the seeds', () => {
  const dir = new URL('../../../content/articles/', import.meta.url);
  const corpus = buildCorpus(
    readdirSync(dir).map((name) => ({
      file: `content/articles/${name}`,
      text: readFileSync(new URL(name, dir), 'utf8'),
    })),
  );

  it('gives every event a significance and a summary that is one of its claims, furniture aside', () => {
    for (const e of corpus.events) {
      expect(e.significance).toBeGreaterThan(0);
      expect(e.claims.some((c) => c.sentence.replace(/\s+/g, ' ').includes(e.summary!))).toBe(true);
    }
  });

  it("ranks Paparo's December 10 disclosure, two articles' news, first, and the June treaty, three articles', first of the events of less than a day", () => {
    const ranked = [...corpus.events].sort((a, b) => b.significance! - a.significance!);
    expect(ranked[0]!.claims.some((c) => c.expression === 'December 10')).toBe(true);
    const vague = ranked.filter((e) => e.precision !== 'day');
    expect(vague[0]!.claims.map((c) => c.expression)).toContain('June 2024');
  });
});
