import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../../src/pipeline/events/candidate-index.ts';
import { EventGroups } from '../../../src/pipeline/events/event-groups.ts';
import { claimUnits } from '../../../src/pipeline/events/merge-units.ts';
import { alike, attachReported, groupReported, reportedPairs } from '../../../src/pipeline/events/reported-claims.ts';
import { makeClaim } from '../../support/make-claim.ts';

/** The passes before those under test, and names of events by their claims' articles and sentence numbers. */
function setUp(claims: ReturnType<typeof makeClaim>[]) {
  const { units, idf } = claimUnits(claims);
  const index = new CandidateIndex(units, idf.length);
  const groups = new EventGroups(units);
  const name = (i: number) => `${units[i]!.claim.article}${units[i]!.claim.sentenceIndex}`;
  const events = () =>
    groups
      .roots()
      .map((root) => groups.members(root).map(name).sort().join(' '))
      .sort();
  const unit = (article: string, sentenceIndex = 0) =>
    units.findIndex((u) => u.claim.article === article && u.claim.sentenceIndex === sentenceIndex);
  return { units, idf, index, groups, events, unit, name };
}

const DAM = 'Engineers breached the Kakhovka dam.';
const noise = ['Harvest festivals opened in Lviv.', 'Bakeries in Odesa reopened.', 'A ferry docked at Izmail.'].map(
  (sentence, i) => makeClaim(`n${i}`, sentence, '2024-06-07'),
);
const reported = (article: string, sentence: string, day: string, sentenceIndex = 0) =>
  makeClaim(article, sentence, day, { basis: 'report', sentenceIndex });

describe('attachReported', () => {
  it('lets a "reported on" claim join the most alike event of its day; the rest are left over by article', () => {
    const { units, index, groups, events, unit } = setUp([
      makeClaim('a', DAM, '2024-06-07'),
      reported('r', DAM, '2024-06-07'),
      reported('r', 'Villagers in Kherson sheltered in schools.', '2024-06-07', 1),
      ...noise,
    ]);
    const leftovers = attachReported(units, index, groups);
    expect(events()).toEqual(['a0 r0', 'n00', 'n10', 'n20', 'r1']);
    expect([...leftovers]).toEqual([['r', [unit('r', 1)]]]);
  });

  describe('edge cases', () => {
    it('joins only an event whose interval holds the publication day, and one alike enough', () => {
      const { units, index, groups, events } = setUp([
        makeClaim('a', DAM, '2024-06-08'),
        makeClaim('b', DAM, '2024-06-06'),
        makeClaim('c', 'Engineers inspected the Kakhovka dam downstream.', '2024-06-07'),
        makeClaim('d', DAM, '2024-06-06', { end: '2024-06-12' }),
        makeClaim('e', DAM, '2024-06-01', { end: '2024-06-30' }),
        reported('r', DAM, '2024-06-07'),
        ...noise,
      ]);
      attachReported(units, index, groups);
      // Not the day after (a), nor the day before (b), nor the month that holds its day but starts long
      // before (e, not a candidate): the week from the day before, in the same words (d), more alike than
      // the other claim of its day (c).
      expect(events()).toEqual(['a0', 'b0', 'c0', 'd0 r0', 'e0', 'n00', 'n10', 'n20']);
    });
  });
});

describe('groupReported', () => {
  it("makes an article's leftovers one event, which joins the article's own event of that day", () => {
    const { units, index, groups, events, unit } = setUp([
      makeClaim('r', 'Zaporizhzhia reactors were shut down.', '2024-06-07', { sentenceIndex: 2 }),
      reported('r', 'Villagers in Kherson sheltered in schools.', '2024-06-07'),
      reported('r', 'Bridges over the Inhulets were closed.', '2024-06-07', 1),
      reported('s', 'Mykolaiv water supplies ran short.', '2024-06-07'),
      ...noise,
    ]);
    const list = groupReported(attachReported(units, index, groups), units, index.dated, groups);
    expect(events()).toEqual(['n00', 'n10', 'n20', 'r0 r1 r2', 's0']);
    expect(list).toEqual([unit('r', 0), unit('s', 0)]);
  });

  describe('edge cases', () => {
    it('does not join an event of the article on another day, and gives nothing when nothing is left over', () => {
      const { units, index, groups, events } = setUp([
        makeClaim('r', 'Zaporizhzhia reactors were shut down.', '2024-06-06', { sentenceIndex: 2 }),
        reported('r', 'Villagers in Kherson sheltered in schools.', '2024-06-07'),
        ...noise,
      ]);
      groupReported(attachReported(units, index, groups), units, index.dated, groups);
      expect(events()).toEqual(['n00', 'n10', 'n20', 'r0', 'r2']);
      const empty = setUp(noise);
      expect(groupReported(new Map(), empty.units, empty.index.dated, empty.groups)).toEqual([]);
    });
  });
});

describe('alike', () => {
  it('sums the similarities of the three best pairs, each claim used once', () => {
    const sentences = [DAM, 'Villagers in Kherson sheltered in schools.', 'Bridges over the Inhulets were closed.'];
    const { units, groups, unit } = setUp([
      ...sentences.map((s, i) => reported('r', s, '2024-06-07', i)),
      ...sentences.map((s, i) => reported('s', s, '2024-06-07', i)),
      reported('t', DAM, '2024-06-07'),
      reported('t', 'Engineers breached the Kakhovka dam again.', '2024-06-07', 1),
      ...noise,
    ]);
    for (const article of ['r', 's', 't'])
      for (const i of [1, 2]) if (unit(article, i) >= 0) groups.union(groups.find(unit(article, 0)), unit(article, i));
    const [r, s, t] = ['r', 's', 't'].map((article) => groups.find(unit(article, 0)));
    expect(alike(r!, s!, units, groups)).toBeCloseTo(3);
    // t's two claims both match r's dam claim best, but it is used once: one pair counts.
    expect(alike(r!, t!, units, groups)).toBeCloseTo(1);
    expect(alike(r!, t!, units, groups)).toBe(alike(t!, r!, units, groups));
  });

  describe('edge cases', () => {
    it('is 0 for events sharing no word', () => {
      const { units, groups, unit } = setUp([reported('r', DAM, '2024-06-07'), ...noise]);
      expect(alike(unit('r'), unit('n0'), units, groups)).toBe(0);
    });
  });
});

describe('reportedPairs', () => {
  const sentences = [DAM, 'Villagers in Kherson sheltered in schools.', 'Bridges over the Inhulets were closed.'];
  const story = (article: string, day: string, count = 3) =>
    sentences.slice(0, count).map((s, i) => reported(article, s, day, i));

  it('pairs alike "reported on" groups of one day, not of another day', () => {
    const { units, idf, index, groups, name } = setUp([
      ...story('r', '2024-06-07'),
      ...story('s', '2024-06-07'),
      ...story('t', '2024-06-08'),
      ...noise,
    ]);
    const list = groupReported(attachReported(units, index, groups), units, index.dated, groups);
    const pairs = reportedPairs(list, units, idf, groups);
    expect([...pairs.a.keys()].map((k) => `${name(pairs.a[k]!)}-${name(pairs.b[k]!)}`)).toEqual(['r0-s0']);
    expect(pairs.score[0]).toBeCloseTo(3);
  });

  describe('edge cases', () => {
    it('leaves apart groups alike in only one claim (less than 0.6 in all)', () => {
      const { units, idf, index, groups } = setUp([
        ...story('r', '2024-06-07'),
        reported('s', 'Engineers inspected the Kakhovka dam downstream.', '2024-06-07'),
        ...noise,
      ]);
      const list = groupReported(attachReported(units, index, groups), units, index.dated, groups);
      expect(reportedPairs(list, units, idf, groups).a).toEqual([]);
    });
  });
});
