import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_SIZE, type ShareCard } from './share-cards.ts';

const require = createRequire(import.meta.url);

/** Inter, from the `@fontsource/inter` package (never downloaded): Latin, Latin Extended, Cyrillic and Greek. */
const FONT_FILES = ['latin', 'latin-ext', 'cyrillic', 'greek'].flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    name: `Inter ${subset}`,
    weight,
    file: require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
  })),
);

/**
 * What a card's pixels depend on besides its text: the drawing below, and the
 * versions of the renderer and the font. A change to any of them draws every
 * card again.
 */
const RENDERER = [
  'card-1',
  (require('satori/package.json') as { version: string }).version,
  (require('@resvg/resvg-js/package.json') as { version: string }).version,
  (require('@fontsource/inter/package.json') as { version: string }).version,
].join(' ');

/** The subsets in the order a glyph is looked for. */
const FAMILY = FONT_FILES.filter((font) => font.weight === 400)
  .map((font) => `'${font.name}'`)
  .join(', ');

let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;
const loadFonts = () =>
  (fonts ??= FONT_FILES.map(({ name, weight, file }) => ({
    name,
    data: readFileSync(file),
    weight,
    style: 'normal' as const,
  })));

let ranges: Array<[number, number]> | undefined;
/** The code points the fonts draw: the `unicode-range` of each subset, as the package's `400.css` gives it. */
const coverage = () =>
  (ranges ??= [
    ...readFileSync(require.resolve('@fontsource/inter/400.css'), 'utf8').matchAll(
      /\/\* inter-([a-z-]+)-400-normal \*\/[^}]*unicode-range:\s*([^;]+);/g,
    ),
  ]
    .filter((match) => FONT_FILES.some((font) => font.name === `Inter ${match[1]}`))
    .flatMap((match) =>
      match[2]!.split(',').map((range): [number, number] => {
        const [lo, hi = lo] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(lo!, 16), parseInt(hi!, 16)];
      }),
    ));

/**
 * The text with what the fonts cannot draw left out (a Korean name in a
 * headline would be boxes otherwise), and brackets left empty by that.
 *
 * @param text - A line of the card.
 * @returns What can be drawn of it.
 */
export function drawable(text: string): string {
  const covered = coverage();
  const kept = [...text]
    .filter((char) => {
      const code = char.codePointAt(0)!;
      return code <= 0x20 || covered.some(([lo, hi]) => code >= lo && code <= hi);
    })
    .join('');
  return kept
    .replace(/[(\[]\s*[)\]]/g, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A headline cut at a word to at most `max` characters, with an ellipsis when cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, at > max / 2 ? at : max - 1).replace(/[\s,;:–—-]+$/, '')}…`;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const el = (style: Record<string, unknown>, children: Node[] | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The drawing of a card: the story at the top, the date, the headline (smaller the longer it is), the facts. */
function drawing(card: ShareCard): Node {
  const headline = cut(drawable(card.headline) || drawable(card.story), 150);
  const size = headline.length <= 50 ? 72 : headline.length <= 90 ? 60 : 50;
  return el(
    {
      width: '100%',
      height: '100%',
      flexDirection: 'row',
      background: '#fbfaf7',
      color: '#1c1d21',
      fontFamily: FAMILY,
    },
    [
      el({ width: 24, height: '100%', background: '#9b2c1f' }, []),
      el({ flex: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px 56px 64px' }, [
        el({ flexDirection: 'row', alignItems: 'center', fontSize: 28, color: '#5b5e66' }, [
          el(
            { fontWeight: 700, color: '#9b2c1f', letterSpacing: 3, marginRight: 24 },
            cut(drawable(card.site), 30).toUpperCase(),
          ),
          el({ flex: 1 }, cut(drawable(card.story), 70)),
        ]),
        el({ flexDirection: 'column' }, [
          el({ fontSize: 40, fontWeight: 700, color: '#9b2c1f', marginBottom: 20 }, drawable(card.kicker)),
          el({ fontSize: size, fontWeight: 700, lineHeight: 1.15, letterSpacing: -1 }, headline),
        ]),
        el({ fontSize: 30, color: '#5b5e66', borderTop: '2px solid #dedbd3', paddingTop: 24 }, drawable(card.facts)),
      ]),
    ],
  );
}

/**
 * The digest a card is kept under: its text and the renderer's versions. An
 * unchanged event has an unchanged digest, and its card is not drawn again.
 *
 * @param card - The card.
 * @returns A hex digest.
 */
export function cardDigest(card: ShareCard): string {
  const { path: _path, ...text } = card;
  return createHash('sha256')
    .update(`${RENDERER}\n${JSON.stringify(text)}`)
    .digest('hex');
}

/**
 * Where the build keeps drawn cards between builds: beside Astro's own cache,
 * in the project's `node_modules/.astro/dateline-cards/`.
 *
 * @returns The folder.
 */
export function cardCacheDir(): string {
  return path.resolve('node_modules/.astro/dateline-cards');
}

/**
 * Draw a share card as a 1200x630 PNG: satori lays the drawing out into SVG
 * with Inter from `@fontsource/inter`, resvg rasterises it, with no system
 * font and nothing fetched, so that the same card gives the same bytes on
 * every machine. With a cache folder, a card already drawn (same
 * `cardDigest`) is read from it instead; a new one is written there.
 *
 * @param card - The card.
 * @param cacheDir - Where drawn cards are kept between builds; none to always draw.
 * @returns The PNG's bytes.
 */
export async function renderCard(card: ShareCard, cacheDir?: string): Promise<Uint8Array<ArrayBuffer>> {
  const file = cacheDir ? path.join(cacheDir, `${cardDigest(card)}.png`) : undefined;
  if (file) {
    try {
      return new Uint8Array(readFileSync(file));
    } catch {
      // Not drawn yet.
    }
  }
  const svg = await satori(drawing(card) as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: loadFonts() });
  const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
  if (file && cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
  }
  return new Uint8Array(png);
}
