import { describe, expect, it } from 'vitest';
import { blankFurniture, findFurniture } from '../../../src/pipeline/reading/index.ts';
import { analyseArticle } from '../../../src/pipeline/corpus/index.ts';

/** What is left of each sentence once its furniture is blanked, spaces folded. */
const kept = (...sentences: string[]) => {
  const found = findFurniture(sentences);
  return sentences.map((text, i) => blankFurniture(text, found[i]!).replace(/\s+/g, ' ').trim());
};
const kinds = (...sentences: string[]) => findFurniture(sentences).map((spans) => spans.map((span) => span.kind));

describe('findFurniture', () => {
  it('recognises a wire dateline and the opening that follows it', () => {
    expect(kept('OSLO | Tue Mar 8, 2022 6:15 pm CET OSLO (Reuters) - The ferry sank on Monday.')).toEqual([
      'The ferry sank on Monday.',
    ]);
    expect(kept('Fri Jan 7, 2022 9:02 am EST DENVER (AP) -- Snow closed the pass.')).toEqual(['Snow closed the pass.']);
    expect(kinds('LIMA | Sat Jun 4, 2016 Voters chose a president on Sunday.')).toEqual([['dateline']]);
  });

  it("recognises a broadcaster's and a newspaper's page timestamps, glued to the first sentence", () => {
    expect(kept('3 March 2015 Last updated at 11:20 GMT Help The bridge reopened.')).toEqual(['The bridge reopened.']);
    expect(kept('Page last updated at 08:05 GMT, Sunday, 12 April 2009 09:05 UK The council met.')).toEqual([
      'The council met.',
    ]);
    expect(kept('Dam gives way Tuesday 14 July 2015 09.30 BST example.co.uk Water flooded the valley.')).toEqual([
      'Dam gives way Water flooded the valley.',
    ]);
  });

  it('recognises the stamps of blog posts and comments, a clock next to a date with its year', () => {
    expect(kept('At 23:47 29th Apr 2009, reader20 wrote: The coverage is over the top.')).toEqual([
      'The coverage is over the top.',
    ]);
    expect(kept('May 10, 2010 20:07 UTC With oil off the coast, the bill stalled.')).toEqual([
      'With oil off the coast, the bill stalled.',
    ]);
    expect(kept('May 25, 2010 - 4:00 PM | by: Ann Lee Boats left the harbour.')).toEqual(['Boats left the harbour.']);
    expect(
      kept('12th August 2011 - 23:07 This comment was removed because the moderators found it broke the house rules.'),
    ).toEqual(['']);
    expect(kept('Last updated: 14 January, 2010 - 17:26 GMT Relatives gathered.')).toEqual(['Relatives gathered.']);
    expect(kept('8 November 2011 Last updated at 06:28 The jury returned.')).toEqual(['The jury returned.']);
  });

  it('recognises photo credits and their captions', () => {
    expect(kept('Rescuers search the rubble.', 'Photograph: Ana Ruiz/AP The quake struck on Monday.')).toEqual([
      '',
      'The quake struck on Monday.',
    ]);
    expect(
      kept('Crowds wait at the gate on May 2, 2019 in Leeds Photograph: Jo Bell/Getty Images The gates opened.'),
    ).toEqual(['The gates opened.']);
    expect(kept('(Photo: The mayor at the podium/Lee Park) The mayor resigned on Friday.')).toEqual([
      'The mayor resigned on Friday.',
    ]);
    expect(kept('Picture taken June 3, 2018.', 'Full Article')).toEqual(['', '']);
  });

  it("keeps the article's own sentences", () => {
    const text = [
      'The ferry sank on Monday, March 7, 2022.',
      'Officials said the photograph was taken in 2020.',
      'Prices rose 3% | a record.',
      'The rig exploded on April 20, 2010 at 9:49 pm, killing 11.',
      'Divers went down at 9:30 on Monday.',
    ];
    expect(kept(...text)).toEqual(text);
  });

  describe('edge cases', () => {
    it('needs a bar or a clock before a weekday stamp is a dateline', () => {
      expect(kinds('Wed Apr 27, 2011 was the worst day of the spring.')).toEqual([[]]);
    });

    it('gives nothing for no sentences, and spans inside each sentence', () => {
      expect(findFurniture([])).toEqual([]);
      for (const spans of findFurniture(['3 March 2015 Last updated at 11:20 GMT Help Rain.', 'Full Article'])) {
        for (const span of spans) expect(span.start).toBeLessThan(span.end);
      }
    });

    it('blanks keeping every offset', () => {
      const text = 'Photograph: Ana Ruiz/AP The quake struck on Monday.';
      const blanked = blankFurniture(text, findFurniture([text])[0]!);
      expect(blanked.length).toBe(text.length);
      expect(blanked.indexOf('Monday')).toBe(text.indexOf('Monday'));
    });
  });
});

describe('claims and furniture', () => {
  it('takes no claim from a dateline or a timestamp, and dates the sentence glued to it by its own words', () => {
    const text = [
      '---',
      'title: "Ferry"',
      'published: 2022-03-08',
      'outlet: "Reuters"',
      '---',
      '',
      'OSLO | Tue Mar 8, 2022 6:15 pm CET OSLO (Reuters) - The ferry Nordlys sank on Monday.',
      '',
      '8 March 2022 Last updated at 11:20 GMT Help',
      '',
    ].join('\n');
    const result = analyseArticle('content/articles/ferry.md', text, 'ferry');
    if ('failure' in result) throw new Error('not read');
    const claims = result.entry.claims;
    expect(claims.map((claim) => [claim.expression, claim.start])).toEqual([['Monday', '2022-03-07']]);
    expect(claims[0]!.sentence).toContain('OSLO |'); // the sentence as written: its anchor does not move
  });
});
