import { describe, expect, it } from 'vitest';
import { collectEntities } from '../../../src/pipeline/events/collect-entities.ts';
import type { TimelineEvent } from '../../../src/pipeline/model/index.ts';

/** An event with a claim per [article, sentence] pair; only what collectEntities reads. */
const event = (id: string, ...claims: Array<[string, string]>) =>
  ({
    id,
    claims: claims.map(([article, sentence], sentenceIndex) => ({ article, sentence, sentenceIndex })),
  }) as unknown as TimelineEvent;
const summary = (events: TimelineEvent[]) =>
  collectEntities(events).entities.map((e) => `${e.name}: ${e.events.join(' ')} (${e.articles})`);

describe('collectEntities', () => {
  it('keeps what two events name, and what two reports name even within one event', () => {
    expect(
      summary([
        event(
          'e1',
          ['a', 'Russia will supply MiG-29 jets, Adm. Samuel Paparo said on Tuesday.'],
          ['b', 'Paparo said on Tuesday that MiG-29 fighters would follow.'],
        ),
        event('e2', ['c', 'Russia signed the treaty in June.']),
        event('e3', ['c', 'Kim Jong Un visited the plant on Friday.']),
      ]),
    ).toEqual(['Russia: e1 e2 (2)', 'MiG-29: e1 (2)', 'Samuel Paparo: e1 (2)']);
  });

  it('lists each event its recurring entities only', () => {
    const { byEvent } = collectEntities([
      event('e1', ['a', 'Russia and Kim Jong Un met on Friday.']),
      event('e2', ['b', 'Russia answered on Monday.']),
    ]);
    expect(Object.fromEntries(byEvent)).toEqual({ e1: ['russia'], e2: ['russia'] });
  });

  describe('edge cases', () => {
    it('does not count one report twice for naming a thing in two sentences', () => {
      expect(
        summary([event('e1', ['a', 'Kursk was shelled on Monday.'], ['a', 'Kursk was quiet on Tuesday.'])]),
      ).toEqual([]);
    });

    it('folds a surname into the one full name it stands for before counting reports', () => {
      expect(
        summary([event('e1', ['a', 'Lloyd Austin spoke on Monday.'], ['b', 'Austin repeated it on Tuesday.'])]),
      ).toEqual(['Lloyd Austin: e1 (2)']);
    });

    it('returns nothing for no events', () => {
      expect(collectEntities([])).toEqual({ entities: [], byEvent: new Map() });
    });
  });
});
