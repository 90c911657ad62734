import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus/build-corpus.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { cardDigest, drawable, renderCard } from '../../src/site/render-card.ts';
import type { ShareCard } from '../../src/site/share-cards.ts';

/** Share cards: one per event and one for the timeline, drawn the same every time, and drawn once. */
const dir = new URL('../../content/articles/', import.meta.url);
const seeds = readdirSync(dir).map((name) => ({
  file: `content/articles/${name}`,
  text: readFileSync(new URL(name, dir), 'utf8'),
}));
const ORIGIN = 'https://example.org';
const corpus = buildCorpus(seeds);
const { shareCards } = buildSite(corpus, { perPage: 50, origin: ORIGIN, forceRedirects: false });
const cache = mkdtempSync(path.join(tmpdir(), 'dateline-cards-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** The width and height in a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = Buffer.from(png);
  expect(view.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
};

describe('shareCards', () => {
  it('gives the timeline a card and every live event its own, each named with an absolute address and alt text', () => {
    expect(shareCards.cards.map((card) => card.path)).toEqual([
      '/cards/timeline.png',
      ...corpus.events.map((event) => `/cards/events/${event.id}.png`),
    ]);
    for (const event of corpus.events) {
      const image = shareCards.events[event.id]!;
      expect(image.url).toBe(`${ORIGIN}/cards/events/${event.id}.png`);
      expect(image).toMatchObject({ width: 1200, height: 630 });
      expect(image.alt).toContain(event.title);
      expect(image.alt).toContain(event.label);
    }
    expect(shareCards.timeline.url).toBe(`${ORIGIN}/cards/timeline.png`);
  });

  it('gives each key-events page a card of its own, and each year one when the timeline splits by year', () => {
    expect(Object.keys(shareCards.keyEvents)).toEqual(['10', '25', '50']);
    for (const [size, image] of Object.entries(shareCards.keyEvents)) {
      expect(image.url).toBe(`${ORIGIN}/cards/key-events/${size}.png`);
      expect(image.alt).toContain(`top ${size}`);
      expect(image.alt).toContain(`of ${corpus.events.length} events`);
    }
    // The seed story fits on one page: no year pages, so no year cards.
    expect(shareCards.years).toEqual({});
    const split = buildSite(corpus, { perPage: 4, origin: ORIGIN, forceRedirects: false }).shareCards;
    const years = [...new Set(corpus.events.map((event) => event.start.slice(0, 4)))];
    expect(Object.keys(split.years)).toEqual(years);
    for (const year of years) {
      expect(split.years[year]!.url).toBe(`${ORIGIN}/cards/years/${year}.png`);
      expect(split.years[year]!.alt).toMatch(new RegExp(`^${year}: .*\\d+ events? in ${year}`));
    }
    expect(split.pageCards.map((card) => card.path)).toEqual([
      ...['10', '25', '50'].map((size) => `/cards/key-events/${size}.png`),
      ...years.map((year) => `/cards/years/${year}.png`),
    ]);
  });
});

describe('renderCard', () => {
  const card = shareCards.cards[1]!;

  it('draws a 1200x630 PNG, the same bytes every time', async () => {
    const first = await renderCard(card);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(await renderCard(card)).equals(Buffer.from(first))).toBe(true);
  });

  it('keeps a drawn card by its digest and reads it back instead of drawing it again', async () => {
    const drawn = await renderCard(card, cache);
    const file = path.join(cache, `${cardDigest(card)}.png`);
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(drawn))).toBe(true);
    writeFileSync(file, 'kept');
    expect(Buffer.from(await renderCard(card, cache)).toString()).toBe('kept');
  });

  describe('edge cases', () => {
    it('draws again when the text changes, not when only the file name does', () => {
      expect(cardDigest({ ...card, path: '/elsewhere.png' })).toBe(cardDigest(card));
      expect(cardDigest({ ...card, facts: `${card.facts}.` })).not.toBe(cardDigest(card));
    });

    it('leaves out what its fonts cannot draw, and draws Cyrillic and Greek', () => {
      expect(drawable('Kim Jong Un (김정은) met Путин in Αθήνα')).toBe('Kim Jong Un met Путин in Αθήνα');
      expect(drawable('“Quoted” – 11,000 troops, café')).toBe('“Quoted” – 11,000 troops, café');
      expect(drawable('김정은')).toBe('');
    });

    it('draws a headline too long for the card, one with markup, and one with nothing it can draw', async () => {
      const hostile: ShareCard[] = [
        { ...card, headline: 'word '.repeat(200) },
        { ...card, headline: '<script>alert(1)</script> & "quotes"' },
        { ...card, headline: '김정은' },
      ];
      for (const one of hostile) expect(pngSize(await renderCard(one))).toEqual({ width: 1200, height: 630 });
    });
  });
});
