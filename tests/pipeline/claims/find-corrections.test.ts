import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { describe, expect, it } from 'vitest';
import { findCorrections } from '../../../src/pipeline/claims/find-corrections.ts';

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown);

describe('findCorrections', () => {
  it('finds inline and block comments, in order, with their lines', () => {
    const tree = parse('Kim met Putin on Monday. <!-- dateline: 2024-06-19 -->\n\n<!--dateline:skip-->\n');
    expect(findCorrections(tree).map((c) => [c.line, c.column, c.text])).toEqual([
      [1, 26, '2024-06-19'],
      [3, 1, 'skip'],
    ]);
  });

  describe('edge cases', () => {
    it('ignores other comments and HTML, and finds nothing in plain text', () => {
      expect(findCorrections(parse('<!-- note: check this -->\n\n<b>bold</b> dateline: skip'))).toEqual([]);
      expect(findCorrections(parse(''))).toEqual([]);
      expect(findCorrections(parse('<!-- date of the photo unknown -->\n\n<!-- deadline moved -->'))).toEqual([]);
    });

    it('marks comments that start like a correction but are not one as near misses', () => {
      const near = [
        'Troops moved. <!-- datelin: 2024-10-01 -->',
        'Troops moved. <!-- dateline 2024-10-01 -->',
        'Troops moved. <!-- Date-line: 2024-10-01 -->',
        'Troops moved. <!-- datline: skip -->',
        'Troops moved. <!-- dateline= 2024-10-01 -->',
        'Troops moved. <!-- datelines: skip -->',
      ];
      for (const text of near)
        expect(
          findCorrections(parse(text)).map((c) => c.nearMiss),
          text,
        ).toEqual([true]);
      expect(findCorrections(parse('Troops moved. <!-- dateline: skip -->'))[0]!.nearMiss).toBeUndefined();
    });
  });
});
