import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/import/classify-line.ts';
import { findByline } from '../../src/import/find-byline.ts';
import { findDateline } from '../../src/import/find-dateline.ts';
import { findOutlet } from '../../src/import/find-outlet.ts';
import { importText } from '../../src/import/import-text.ts';
import { siftLines } from '../../src/import/sift-lines.ts';
import { slugify } from '../../src/import/slugify.ts';

/** How the importer reads single lines of a capture: datelines, bylines, outlets, furniture, sentences. */
const kind = (line: string) => {
  const found = classifyLine(line);
  return found.kind === 'furniture' ? found.reason : found.kind;
};
const lines = (text: string) =>
  text
    .split('\n')
    .map((line, index) => ({ text: line, line: index + 1 }))
    .filter((line) => line.text.trim());

describe('findDateline', () => {
  it.each([
    ['Tue 10th Dec, 2024', '2024-12-10'],
    [' date 2024-11-24 Eng', '2024-11-24'],
    ['24/11/2024', '2024-11-24'],
    ['11/24/2024', '2024-11-24'],
    ['Published: December 10, 2024 3:15 pm EST', '2024-12-10'],
    ['Posted on 2 January 2025 at 09:30 GMT', '2025-01-02'],
    ['Dec. 10th 2024', '2024-12-10'],
    ['2025-01-24T10:00:00+09:00', '2025-01-24'],
  ])('reads %j as %s', (line, day) => {
    expect(findDateline(line)?.day).toBe(day);
  });

  it('reads a numeric date that goes both ways day first, and says so', () => {
    expect(findDateline('03/04/2024')).toMatchObject({ day: '2024-04-03', ambiguous: true });
    expect(findDateline('24.11.2024')).toMatchObject({ day: '2024-11-24', ambiguous: false });
  });

  it('marks the date of an update, not a date an update note follows', () => {
    expect(findDateline('Updated: 25 November 2024')).toMatchObject({ day: '2024-11-25', updated: true });
    expect(findDateline('February 11, 2025 4:53 PM GMT Updated 2 hours ago')).toMatchObject({
      day: '2025-02-11',
      updated: false,
    });
  });

  describe('edge cases', () => {
    it.each([
      'On December 2, 2024, Zelensky confirmed reports of casualties.',
      'Copyright © 2024 Euromaidanpress.com',
      '2 minute read',
      '31/02/2024',
      'February 30, 2024',
      'June 2024',
      'The treaty of 12 June 2024 between the two nations',
      '',
    ])('%j is no dateline', (line) => {
      expect(findDateline(line)).toBeNull();
    });
  });
});

describe('findByline', () => {
  it.each([
    ['By Olena Mukhina', 'Olena Mukhina', 'by'],
    ['byOlena Mukhina', 'Olena Mukhina', 'by'],
    ['By: Jane Doe and Tom Lee', 'Jane Doe and Tom Lee', 'by'],
    ['By John Smith, Reuters', 'John Smith', 'by'],
    ['Staff Writer', 'Staff Writer', 'role'],
  ])('reads %j as %s', (line, author, how) => {
    expect(findByline(line)).toEqual({ author, how });
  });

  it('takes a bare name only when asked (a line right under the headline), as a guess', () => {
    expect(findByline('Mira Kovac')).toBeNull();
    expect(findByline('Mira Kovac', true)).toEqual({ author: 'Mira Kovac', how: 'name' });
  });

  describe('edge cases', () => {
    it.each([
      'By contrast, Russia kept its troops there.',
      'Byzantine rules',
      'BYD Unveils New Car',
      'by the end of the year',
      'north korea',
    ])('%j is no byline', (line) => {
      expect(findByline(line)).toBeNull();
    });
  });
});

describe('findOutlet', () => {
  it.each([
    ['Discover more from Defence Talks | Defense News Military Pictures', 'Defence Talks'],
    [
      'Please make a small donation to the Tampa Free Press to help sustain independent journalism.',
      'Tampa Free Press',
    ],
    ['The work of Euromaidan Press is supported by the International Renaissance Foundation', 'Euromaidan Press'],
    ['Connect with us: Follow the Tampa Free Press on Facebook and Twitter for breaking news.', 'Tampa Free Press'],
  ])('finds the outlet in %j', (line, outlet) => {
    expect(findOutlet(['An unrelated line.', line])).toMatchObject({ outlet, index: 1 });
  });

  describe('edge cases', () => {
    it('prefers the most telling phrase to a copyright line', () => {
      expect(
        findOutlet(['Copyright © 2024 Euromaidanpress.com', 'The work of Euromaidan Press is supported by X'])?.outlet,
      ).toBe('Euromaidan Press');
    });
    it('finds nothing in an article that names no outlet, and never "us"', () => {
      expect(
        findOutlet(['Follow us on Facebook', 'The Pentagon confirmed a $130 million donation to help pay troops.']),
      ).toBeNull();
      expect(findOutlet([])).toBeNull();
    });
  });
});

describe('classifyLine', () => {
  it.each([
    ['OSLO | Tue Mar 8, 2022 6:15 pm CET', 'a dateline'],
    ['3 March 2015 Last updated at 11:20 GMT Help', 'a timestamp'],
    ['Photograph: Ana Ruiz/AP', 'a photo credit'],
    ['READ: Zelenskyy Praises Trump’s Determination To End Russia’s War In Ukraine', 'a cross-link to another article'],
    [
      'Please make a small donation to the Tampa Free Press to help sustain independent journalism.',
      'an appeal for donations',
    ],
    [
      'Sign up: Subscribe to our free newsletter for a curated selection of top stories delivered straight to your inbox.',
      'a newsletter sign-up',
    ],
    ['Subscribe to get the latest posts sent to your email.', 'a newsletter sign-up'],
    [
      'Connect with us: Follow the Tampa Free Press on Facebook and Twitter for breaking news and updates.',
      'sharing and social links',
    ],
    ['We kindly ask for your support by disabling your ad blocker. Thank you!', 'an advertisement'],
    ['Advertisement', 'an advertisement'],
    ['Copyright © 2024 Euromaidanpress.com', 'a copyright or reprint notice'],
    ['Privacy and Cookie Policies.', 'a privacy or cookie notice'],
    ['You can also highlight the text and press Ctrl + Enter', 'a corrections widget'],
    ['2 minute read', 'a reading-time note'],
    ['North Korean troops. Illustrative photo. Credit: Ukrainian World Congress', 'an image caption or credit'],
    [
      'COMPARTMENTS - Tactical Backpack featuring 16 individual inner and outer compartments, a roomy main storage...',
      'a teaser cut off with an ellipsis',
    ],
    ['Related Posts', 'a list of other posts'],
    ['You may also like', 'a list of other posts'],
    ['0 comments', 'comments'],
    ['Write a comment ...', 'comments'],
    ['Cancel', 'a button or navigation link'],
    ['About the author', 'an author box'],
    ['Leave a Reply', 'comments'],
    ['Story continues below advertisement', 'an advertisement'],
  ])('%j is furniture: %s', (line, reason) => {
    expect(kind(line)).toBe(reason);
  });

  it('tells sentences from fragments', () => {
    expect(kind('Austin warned that Russia is likely to use these troops in combat.')).toBe('sentence');
    expect(kind('The JCS stated, “North Korea is believed to be expediting preparations.”')).toBe('sentence');
    expect(kind('Will North Korea send more troops?')).toBe('sentence');
    expect(kind('North Korean Troops in Russian Uniforms Deploy to Ukraine Border')).toBe('fragment');
    expect(kind('north korea')).toBe('fragment');
  });

  describe('edge cases', () => {
    it('keeps news sentences that use the words of furniture', () => {
      expect(
        kind(
          'The Pentagon confirmed receiving an anonymous $130 million donation to help pay troops during the shutdown.',
        ),
      ).toBe('sentence');
      expect(kind('Officials said the program is supported by the European Union.')).toBe('sentence');
      expect(kind('Russia has also sought military aid from other nations, including Iran.')).toBe('sentence');
      expect(kind('He said he would read more reports before deciding.')).toBe('sentence');
    });
    it('copes with empty and odd lines', () => {
      expect(kind('')).toBe('fragment');
      expect(kind('   ')).toBe('fragment');
      expect(kind('…')).toBe('a teaser cut off with an ellipsis');
      expect(kind('Go.')).toBe('fragment');
    });
  });
});

describe('siftLines', () => {
  it('drops the header before the headline, reads dateline and byline under it, and ends at the related posts', () => {
    const sifted = siftLines(
      lines(
        [
          'Home',
          'World',
          'Troops Reach Kursk Front',
          'By Ana Lee',
          '5 March 2025',
          'Troops reached the front on Monday, officials said.',
          'Share on Facebook',
          'They were seen near Sudzha.',
          'Related stories',
          'Another story happened somewhere else today.',
        ].join('\n'),
      ),
      { findHeadline: true },
    );
    expect(sifted.headline?.text).toBe('Troops Reach Kursk Front');
    expect(sifted.datelines.map((d) => d.day)).toEqual(['2025-03-05']);
    expect(sifted.byline).toMatchObject({ author: 'Ana Lee', how: 'by' });
    expect(sifted.kept).toEqual([5, 7]);
    expect(sifted.dropped.map((d) => d.reason)).toEqual([
      'before the headline: a button or navigation link',
      "before the headline: the site's header",
      'the headline',
      'the byline',
      'the publication date',
      'sharing and social links',
      'a list of other posts',
      'after a list of other posts ("Related stories")',
    ]);
  });

  it('takes a given title as the headline, and keeps the page’s own headings that head text', () => {
    const sifted = siftLines(
      [
        { text: 'Kim meets Shoigu', line: 1, heading: true },
        { text: 'Kim met Shoigu on Tuesday in Pyongyang.', line: 2 },
        { text: 'Reaction', line: 3, heading: true },
        { text: 'Seoul protested on Wednesday, the ministry said.', line: 4 },
        { text: 'More', line: 5, heading: true },
      ],
      { title: 'Kim Meets Shoigu', findHeadline: false },
    );
    expect(sifted.kept).toEqual([1, 2, 3]);
    expect(sifted.dropped.map((d) => d.reason)).toEqual([
      'the headline',
      'a heading with nothing of the article after it',
    ]);
  });

  describe('edge cases', () => {
    it('drops lines repeated in the page (ads, teasers), and keeps the rest of the article after them', () => {
      const sifted = siftLines(
        lines(
          'Kim met Shoigu on Tuesday, officials said.\nBuy the Rush 72 Backpack Now\nBuy the Rush 72 Backpack Now\nSeoul protested on Wednesday, the ministry said.',
        ),
        { findHeadline: true },
      );
      expect(sifted.kept).toEqual([0, 3]);
    });
    it('finds no headline when the capture opens with a sentence, and a comment count before the text ends nothing', () => {
      const sifted = siftLines(
        lines('0 comments\nKim met Shoigu on Tuesday, officials said.\nSeoul protested on Wednesday.'),
        { findHeadline: true },
      );
      expect(sifted.headline).toBeNull();
      expect(sifted.kept).toEqual([1, 2]);
    });
    it('an empty capture has nothing', () => {
      expect(siftLines([], { findHeadline: true })).toEqual({
        headline: null,
        datelines: [],
        byline: null,
        kept: [],
        dropped: [],
      });
    });
  });
});

describe('importText', () => {
  it("reads a wire story's capture: the headline a byline follows (not the site's tagline), its dateline and byline", () => {
    const capture = importText(readFileSync(new URL('../fixtures/import/wire-capture.txt', import.meta.url), 'utf8'));
    expect(capture.title).toEqual({
      value: 'Ukraine says North Korean troops pulled back from Kursk front',
      source: "the capture's headline (line 6)",
      inferred: false,
    });
    expect(capture.published).toMatchObject({ value: '2025-02-11', inferred: false });
    expect(capture.author).toMatchObject({ value: 'Tom Fiction and Max Example', inferred: false });
    expect(capture.body).toBe(
      [
        "KYIV, Feb 11 (Wire) - North Korean troops have been pulled back from the front line in Russia's Kursk region after suffering heavy losses, a Ukrainian military spokesperson said on Tuesday.",
        'The spokesperson said the troops had not been seen in combat for about three weeks.',
        '"They have suffered heavy losses," he said. "We believe they will return."',
      ].join('\n\n') + '\n',
    );
  });

  it('flags an inferred author (a bare name under the headline) and an ambiguous date', () => {
    const capture = importText(
      'Troops Reach the Kursk Front\nAna Lee\n03/04/2025\nTroops reached the front on Monday, officials said.\n',
    );
    expect(capture.author).toMatchObject({ value: 'Ana Lee', inferred: true });
    expect(capture.published).toMatchObject({ value: '2025-04-03', inferred: true });
    expect(capture.published?.note).toMatch(/day first/);
    expect(capture.body).toBe('Troops reached the front on Monday, officials said.\n');
  });

  describe('edge cases', () => {
    it('escapes what Markdown or HTML would read in the text', () => {
      const capture = importText(
        'Officials said *10,000* troops <b>moved</b> to the front on Monday.\n# 1. The next line says more than that.\n',
      );
      expect(capture.body).toContain('\\*10,000\\*');
      expect(capture.body).toContain('\\<b>');
      expect(capture.body).toMatch(/^\\# 1\. The next/m);
    });
    it('notes a second dateline that disagrees with the first', () => {
      const capture = importText(
        'Troops Reach the Kursk Front\n5 March 2025\n6 March 2025\nTroops reached the front on Monday, officials said.\n',
      );
      expect(capture.published?.value).toBe('2025-03-05');
      expect(capture.notes).toEqual([
        'the capture also states 2025-03-06 ("6 March 2025", line 3); 2025-03-05 was taken',
      ]);
    });
    it('reads Windows line ends, a byte-order mark and no-break spaces', () => {
      const capture = importText(
        '\uFEFFTroops Reach the Kursk Front\r\n5\u00A0March 2025\r\nTroops reached the front on Monday, officials said.\r\n',
      );
      expect(capture.title?.value).toBe('Troops Reach the Kursk Front');
      expect(capture.published?.value).toBe('2025-03-05');
    });
  });
});

describe('slugify', () => {
  it('makes a short file name from a title', () => {
    expect(slugify('VOA: North Korean troops in Russia to enter combat “soon,” says Pentagon chief')).toBe(
      'voa-north-korean-troops-in-russia-to-enter-combat-soon-says',
    );
    expect(slugify("Russia's MiG-29 Jets for Pyongyang")).toBe('russias-mig-29-jets-for-pyongyang');
  });

  describe('edge cases', () => {
    it('removes accents, and gives nothing for a title without letters or digits', () => {
      expect(slugify('Zelenskyy à Bruxelles')).toBe('zelenskyy-a-bruxelles');
      expect(slugify('“…”')).toBe('');
      expect(slugify('a'.repeat(100))).toBe('a'.repeat(60));
    });
  });
});
