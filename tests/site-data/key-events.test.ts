import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/pipeline/model/index.ts';
import { keyEntry, keyEvents, keyMarks } from '../../src/site/key-events.ts';

/** An event of our own: a day (or an interval from it), a significance, some sources. */
const event = (id: string, start: string, significance: number | undefined, corroboration = 1, end = start) =>
  ({
    id,
    start,
    end,
    precision: start === end ? 'day' : 'month',
    label: start,
    edtf: start,
    title: `Title of ${id}`,
    summary: `Summary of ${id}.`,
    significance,
    corroboration,
    outlets: [],
    firstReport: { article: 'a', outlet: null, published: start },
    disagreements: [],
    aliases: [],
    related: [],
    claims: [
      {
        id: `a#${id}`,
        fragment: id,
        article: 'a',
        sentence: `The sentence of ${id}.`,
        sentenceIndex: 0,
        line: 1,
        expression: null,
        expressionStart: null,
        expressionEnd: null,
        rule: 'reported',
        basis: 'report',
        tense: null,
        anchor: start,
        start,
        end,
        precision: 'day',
        label: start,
        edtf: start,
      },
    ],
  }) as TimelineEvent;

describe('keyEvents', () => {
  const events = [
    event('a', '2021-01-01', 3),
    event('b', '2021-01-02', 9),
    event('c', '2021-01-02', 8),
    event('d', '2021-01-03', 5),
    event('e', '2021-02-01', 7, 1, '2021-02-28'),
  ];

  it('takes the most significant, one a day, and gives them oldest first', () => {
    expect(keyEvents(events, 3).map((e) => e.id)).toEqual(['b', 'd', 'e']);
    expect(keyEvents(events, 10).map((e) => e.id)).toEqual(['a', 'b', 'd', 'e']);
  });

  it('shows headline, date and best sentence', () => {
    expect(keyEntry(events[1]!)).toMatchObject({
      href: '/events/b/',
      title: 'Title of b',
      summary: 'Summary of b.',
      corroboration: '1 source',
      date: { start: '2021-01-02', label: '2021-01-02' },
    });
  });

  describe('edge cases', () => {
    it('breaks ties by sources, then the earlier day; an event without a significance counts 0', () => {
      const tied = [event('z', '2021-01-04', 1, 1), event('x', '2021-01-05', 1, 1), event('y', '2021-01-06', 1, 3)];
      expect(keyEvents(tied, 2).map((e) => e.id)).toEqual(['z', 'y']);
      expect(keyEvents([event('n', '2021-01-01', undefined), event('m', '2021-01-02', 0.5)], 1)[0]!.id).toBe('m');
    });

    it('marks one event in five in the timeline, 25 at most', () => {
      expect([0, 1, 15, 124, 125, 126, 5000].map(keyMarks)).toEqual([0, 1, 3, 25, 25, 25, 25]);
    });

    it('leaves background out', () => {
      expect(keyEvents([{ ...events[1]!, background: true }, events[3]!], 2).map((e) => e.id)).toEqual(['d']);
    });

    it('gives nothing for no events or none asked for', () => {
      expect(keyEvents([], 10)).toEqual([]);
      expect(keyEvents(events, 0)).toEqual([]);
    });

    it('falls back on the first claim when an event has no summary', () => {
      expect(keyEntry({ ...events[0]!, summary: undefined }).summary).toBe('The sentence of a.');
    });
  });
});
