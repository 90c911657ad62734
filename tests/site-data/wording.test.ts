import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/pipeline/model/index.ts';
import { figuresChart, roundStep, shortNumber } from '../../src/site/figures-chart.ts';
import { monthStrip } from '../../src/site/month-strip.ts';
import { basisOf, bylineOf, count, datedTo, noun, personOf, reportedBy } from '../../src/site/wording.ts';

const claim = (over: Partial<Claim>): Claim => ({
  id: 'a#c-1',
  fragment: 'c-1',
  article: 'a',
  sentence: 'Troops moved on December 2.',
  sentenceIndex: 0,
  line: 6,
  expression: 'December 2',
  expressionStart: 16,
  expressionEnd: 26,
  start: '2024-12-02',
  end: '2024-12-02',
  precision: 'day',
  label: '2 Dec 2024',
  edtf: '2024-12-02',
  rule: 'month-day',
  basis: 'explicit',
  tense: 'past',
  anchor: '2024-12-10',
  ...over,
});

describe('wording', () => {
  it('counts in words, grouping digits the British way', () => {
    expect(count(1, 'event')).toBe('1 event');
    expect(count(1204, 'event')).toBe('1,204 events');
    expect(count(2, 'named outlet')).toBe('2 named outlets');
    expect(noun(3, 'source')).toBe('sources');
  });

  it('says how precisely an event is dated, and who reports it', () => {
    expect(datedTo({ start: '2024-12-02', end: '2024-12-02', precision: 'day' })).toBe('dated to the day');
    expect(datedTo({ start: '2024-09-01', end: '2024-11-30', precision: 'season' })).toBe(
      'dated to the season (1 September 2024 – 30 November 2024)',
    );
    expect(reportedBy(1, ['Reuters'])).toBe('Reported by one source: Reuters');
    expect(reportedBy(3, ['Reuters', 'AP'])).toBe('Reported by 3 sources: Reuters, AP and one outlet not named');
    expect(reportedBy(4, ['Reuters'])).toBe('Reported by 4 sources: Reuters and 3 outlets not named');
  });

  it('says why a claim has its date', () => {
    expect(basisOf(claim({}), '2024-12-10')).toBe(
      '“December 2”, read against the publication date 10 December 2024, gives 2 Dec 2024.',
    );
    expect(basisOf(claim({ basis: 'report', expression: null }), '2024-12-10')).toBe(
      "No date in the sentence: dated by the report's publication, 10 December 2024.",
    );
    expect(basisOf(claim({ rule: 'shift', expression: 'two days later', anchor: '2024-11-30' }), '2024-12-10')).toBe(
      '“two days later”, counted from 30 November 2024, gives 2 Dec 2024.',
    );
  });

  describe('edge cases', () => {
    it("with no outlet named, gives just the number of sources; an editor's date says so", () => {
      expect(reportedBy(2, [])).toBe('Reported by 2 sources');
      expect(basisOf(claim({ basis: 'editor' }), '2024-12-10')).toBe(
        'Dated 2 Dec 2024 by the editor (a correction in the article).',
      );
    });

    it('draws no strip for one month and no chart for one figure', () => {
      expect(monthStrip([{ key: '2024-10', count: 3, href: '#m2024-10' }])).toBeNull();
      const strip = monthStrip([
        { key: '2024-10', count: 4, href: '#m2024-10' },
        { key: '2024-12', count: 1, href: '#m2024-12' },
      ])!;
      // November has no events: a bar one unit high, without a link.
      expect(strip.bars.map((bar) => [bar.height, bar.link?.href ?? null])).toEqual([
        [48, '#m2024-10'],
        [1, null],
        [12, '#m2024-12'],
      ]);
      const figure = {
        value: 11000,
        subject: 'north-korean-troops',
        kind: 'deployed' as const,
        text: '11,000 North Korean troops',
        reported: '2024-11-01',
        article: 'a',
        outlet: 'Wire',
        claim: 'a#c-1',
        event: 'e',
      };
      expect(figuresChart([figure])).toBeNull();
      const chart = figuresChart([
        figure,
        { ...figure, value: 12000, text: '12,000 North Korean troops', reported: '2024-12-01' },
      ])!;
      expect(chart.many).toBe(false);
      expect(chart.reports.map((r) => `${r.report.day}: ${r.text}, ${r.counts}`)).toEqual([
        '1 Nov 2024: 11,000 North Korean troops, North Korean troops sent or stationed',
        '1 Dec 2024: 12,000 North Korean troops, North Korean troops sent or stationed',
      ]);
      // Round ticks, in short form for phones; every month initialled under its bar.
      expect(chart.grid.map((t) => t.label)).toEqual(['0', '5,000', '10,000', '15,000']);
      expect(chart.grid.map((t) => t.short)).toEqual(['0', '5k', '10k', '15k']);
      expect(strip.bars.map((bar) => bar.month.text)).toEqual(['O', 'N', 'D']);
    });

    it('steps axes by 1, 2, 2.5 or 5 times a power of ten, and shortens their numbers', () => {
      expect([12_000, 15_000, 3_000, 900, 7, 1, 0, 250_000].map(roundStep)).toEqual([
        5_000, 5_000, 1_000, 250, 2, 0.25, 0.25, 100_000,
      ]);
      expect([0, 800, 2_500, 15_000, 1_200_000].map(shortNumber)).toEqual(['0', '800', '2.5k', '15k', '1.2m']);
    });

    it('shows a byline as a person only when it names one', () => {
      expect(personOf('Olena Mukhina')).toBe('Olena Mukhina');
      for (const desk of ['Staff Writer', 'Reuters Staff', 'News Desk', 'Editorial Board', 'AP correspondent'])
        expect(personOf(desk), desk).toBeUndefined();
      expect(personOf(undefined)).toBeUndefined();
      expect(bylineOf('Staff Writer')).toBe('Staff Writer (no named author)');
      expect(bylineOf('Olena Mukhina')).toBe('Olena Mukhina');
      expect(bylineOf(undefined)).toBeNull();
    });
  });
});
