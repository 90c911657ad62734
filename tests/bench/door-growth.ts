import { analyseArticle } from '../../src/pipeline/corpus/analyse-articles.ts';
import { decodePage } from '../../src/import/decode-page.ts';
import { importHtml } from '../../src/import/import-html.ts';
import { importText } from '../../src/import/import-text.ts';
import { normalizeText } from '../../src/pipeline/reading/normalize-text.ts';

/** One measured input at two sizes: the larger is four times the smaller. */
export interface Growth {
  smallBytes: number;
  largeBytes: number;
  smallMedianSeconds: number;
  largeMedianSeconds: number;
  /** Time of the large over time of the small: linear is about 4. */
  growth: number;
}

const median = (work: () => unknown, runs: number) => {
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return (performance.now() - started) / 1000;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
};

const sentence = (i: number) =>
  `Officials said on December ${(i % 28) + 1}, 2024 that unit ${i} moved near the border, “a step\u200B forward”.`;
/** Cyrillic (А–я) in windows-1251, one byte a letter. */
const cp1251 = (text: string) =>
  new Uint8Array([...text].map((c) => (/[А-я]/.test(c) ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0) & 0xff)));

/**
 * What comes in at the door, at two sizes each (the larger four times the
 * smaller), so that the bench checks time grows linearly (about 4x) rather
 * than any test timing it: a saved web page (`importHtml`) and a text
 * capture (`importText`) of many paragraphs, a legacy-encoded page
 * (`decodePage`), text full of invisible characters (`normalizeText`), an
 * article with a frontmatter of thousands of keys (refused by its size) and
 * an article body of many paragraphs (`analyseArticle`).
 *
 * @param runs - Runs of each, for the medians.
 * @returns The figures, by input.
 */
export function measureDoor(runs = 3): Record<string, Growth> {
  const inputs: Record<string, (n: number) => { bytes: number; work: () => unknown }> = {
    webPage: (n) => {
      const html = `<!doctype html><html><head><title>Page</title><meta property="article:published_time" content="2024-12-10"></head><body><article><h1>Page</h1>${Array.from({ length: n }, (_, i) => `<p>${sentence(i)}</p>`).join('')}</article></body></html>`;
      return { bytes: html.length, work: () => importHtml(html) };
    },
    textCapture: (n) => {
      const text = `Capture\nTue 10th Dec, 2024\n\n${Array.from({ length: n }, (_, i) => sentence(i)).join('\n\n')}`;
      return { bytes: text.length, work: () => importText(text, {}) };
    },
    legacyEncoding: (n) => {
      const bytes = cp1251(`<meta charset="windows-1251"><p>${'Войска вошли в Курск 6 августа. '.repeat(n * 4)}</p>`);
      return { bytes: bytes.length, work: () => decodePage(bytes, true, null) };
    },
    invisibleCharacters: (n) => {
      const text = 'Ku\u200Drsk \u202Eevil\u202C word\u00AD \u0007 '.repeat(n * 8);
      return { bytes: text.length, work: () => normalizeText(text) };
    },
    hugeFrontmatter: (n) => {
      const text = `---\ntitle: T\npublished: 2024-12-10\n${Array.from({ length: n * 4 }, (_, i) => `key${i}: value`).join('\n')}\n---\n\nText.\n`;
      return { bytes: text.length, work: () => analyseArticle('big.md', text, 'big') };
    },
    articleBody: (n) => {
      const text = `---\ntitle: T\npublished: 2024-12-10\n---\n\n${Array.from({ length: n }, (_, i) => sentence(i)).join('\n\n')}\n`;
      return { bytes: text.length, work: () => analyseArticle('body.md', text, 'body') };
    },
  };
  const figures: Record<string, Growth> = {};
  for (const [name, make] of Object.entries(inputs)) {
    const small = make(1000);
    const large = make(4000);
    small.work(); // warm up
    const smallMedianSeconds = median(small.work, runs);
    const largeMedianSeconds = median(large.work, runs);
    figures[name] = {
      smallBytes: small.bytes,
      largeBytes: large.bytes,
      smallMedianSeconds,
      largeMedianSeconds,
      growth: largeMedianSeconds / smallMedianSeconds,
    };
  }
  return figures;
}
