import { describe, expect, it } from 'vitest';
import { dateSentence, isReportPeriod } from '../../../src/pipeline/dates/date-sentence.ts';
import type { Interval } from '../../../src/pipeline/model/index.ts';

/** The third quarter of 2025, as an earnings report names it before the sentence read. */
const q3: Interval = { start: '2025-07-01', end: '2025-09-30', precision: 'quarter' };

const read = (sentence: string, period: Interval | null = null, published = '2025-11-05') =>
  dateSentence(sentence, published, null, period).map(({ mention, interval }) =>
    interval ? `${mention.text} = ${interval.start}..${interval.end}` : `${mention.text} = none`,
  );

describe('dateSentence', () => {
  it('reads a year-ago comparison in a report on a quarter as that quarter a year before', () => {
    expect(read('Net income was $5 million, up from $4 million a year ago.', q3)).toEqual([
      'a year ago = 2024-07-01..2024-09-30',
    ]);
    expect(read('The unit lost $2 million, compared with a profit of $3 million last year.', q3)).toEqual([
      'last year = 2024-07-01..2024-09-30',
    ]);
    expect(read("Revenue rose 9% from last year's $1.2 billion.", q3)).toEqual(['last year = 2024-07-01..2024-09-30']);
  });

  describe('edge cases', () => {
    it('keeps "last year" the year without a sum beside it, without a quarter, or in a sentence about a year', () => {
      expect(read('The chain opened ten stores last year.', q3)).toEqual(['last year = 2024-01-01..2024-12-31']);
      expect(read('The unit lost $2 million, compared with a profit of $3 million last year.')).toEqual([
        'last year = 2024-01-01..2024-12-31',
      ]);
      expect(read('Profit for 2025 should reach $9 million, up from $7 million last year.', q3)).toEqual([
        '2025 = 2025-01-01..2025-12-31',
        'last year = 2024-01-01..2024-12-31',
      ]);
      expect(read('For the nine months, net was $9 million, against $7 million last year.', q3)).toEqual([
        'last year = 2024-01-01..2024-12-31',
      ]);
    });

    it('keeps the quarter under discussion beside a point of the year, not beside another span', () => {
      expect(
        read('Stocks fell $90 million during the quarter, close to the goal for the end of the year.', q3),
      ).toEqual(['the quarter = 2025-07-01..2025-09-30', 'the end of the year = 2025-12-01..2025-12-31']);
      expect(read('Sales for the year rose, and a year earlier they fell.', q3)).toEqual([
        'the year = 2025-01-01..2025-12-31',
        'a year earlier = 2024-01-01..2024-12-31',
      ]);
    });

    it('takes a quarter reported in the past as the period under discussion even before its calendar end', () => {
      const [dated] = dateSentence('The retailer reported a fourth-quarter loss.', '2025-11-05');
      expect(dated && isReportPeriod(dated, '2025-11-05')).toBe(true);
      const [ahead] = dateSentence('The retailer expects a fourth-quarter loss.', '2025-11-05');
      expect(ahead && isReportPeriod(ahead, '2025-11-05')).toBe(false);
    });
  });
});
