import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateSentence } from '../../../src/pipeline/dates/date-sentence.ts';

/**
 * The expression suite (`tests/fixtures/expression-suite.txt`): sentences
 * written the way news reports write dates, each with the expressions it
 * holds and the exact interval each must resolve to. Every sentence must
 * match exactly: no expression missed, none extra, no interval off by a day.
 */
interface Case {
  published: string;
  sentence: string;
  expected: string[];
  line: number;
}

const cases: Case[] = [];
let published = '';
readFileSync(new URL('../../fixtures/expression-suite.txt', import.meta.url), 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (line.startsWith('#') || line.trim() === '') return;
    if (line.startsWith('@ ')) published = line.slice(2).trim();
    else if (line.startsWith('  ')) {
      const value = line.trim();
      if (value !== '-')
        cases.at(-1)!.expected.push(value.includes('..') ? value : value.replace(/= (\S+)$/, '= $1..$1'));
    } else cases.push({ published, sentence: line, expected: [], line: i + 1 });
  });

const found = (c: Case) =>
  dateSentence(c.sentence, c.published).flatMap(({ mention, interval }) =>
    interval ? [`${mention.text} = ${interval.start}..${interval.end}`] : [],
  );

describe('expression suite', () => {
  it('holds at least 150 expressions', () => {
    expect(cases.reduce((sum, c) => sum + c.expected.length, 0)).toBeGreaterThanOrEqual(150);
  });

  for (const c of cases) {
    it(`line ${c.line} (${c.published}): ${c.sentence}`, () => {
      expect(found(c)).toEqual(c.expected);
    });
  }
});
