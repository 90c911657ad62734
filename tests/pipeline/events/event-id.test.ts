import { describe, expect, it } from 'vitest';
import { eventId } from '../../../src/pipeline/events/event-id.ts';

describe('eventId', () => {
  it('starts with the ISO date and takes a few key words', () => {
    expect(
      eventId('2024-12-02', 'On December 2, President Zelensky confirmed reports of casualties.', 'December 2'),
    ).toBe('2024-12-02-president-zelensky-confirmed-reports-casualties');
  });

  describe('edge cases', () => {
    it('folds accents, possessives and dotted acronyms', () => {
      expect(eventId('2024-10-30', "The U.S. and Korea's café deal")).toBe('2024-10-30-us-korea-cafe-deal');
    });

    it('is just the date when no word is left', () => {
      expect(eventId('2024-10-30', 'It was the one.')).toBe('2024-10-30-one');
      expect(eventId('2024-10-30', '—')).toBe('2024-10-30');
    });
  });
});
