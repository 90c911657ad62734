import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractSentences } from '../../src/pipeline/sentences/extract-sentences.ts';
import { readArticle } from '../../src/pipeline/reading/read-article.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * The measure of `npm run import` on the seeds: each of the five captures in
 * `tests/fixtures/seeds/` (the raw pages, furniture and all), imported with
 * only what an editor must add because the capture does not say it (see
 * SOURCES.md: two titles, three dates with the reasoning, one relayed
 * outlet), gives back the hand-cleaned article in `content/articles/`:
 * every sentence of it kept, no line of page furniture kept, and the same
 * frontmatter. Sentences and paragraphs are compared as the pipeline reads
 * them (Markdown formatting removed, whitespace collapsed).
 */
const seeds = new URL('../fixtures/seeds/', import.meta.url);
const articles = new URL('../../content/articles/', import.meta.url);
const out = mkdtempSync(path.join(tmpdir(), 'dateline-import-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** What the editor adds on the command line for each capture: only what the capture does not state. */
const SEEDS: Array<{ capture: string; article: string; args: string[] }> = [
  { capture: '000_3d06e1ffbb15c887.txt', article: 'us-military-reveals-north-korea-russia-deal', args: [] },
  {
    capture: '001_0120fe80bb7e5f4f.txt',
    article: 'russia-to-supply-mig-29-and-su-27-jets-to-north-korea',
    args: [
      '--title',
      'Russia to Supply MiG-29 and Su-27 Jets to North Korea in Exchange for Troops',
      '--published',
      '2024-12-10',
      '--note',
      'inferred from the statement Adm. Paparo made on December 10, 2024.',
    ],
  },
  {
    capture: '002_81f2cfcce93c8ac2.txt',
    article: 'north-korean-troops-in-russian-uniforms-deploy-to-ukraine-border',
    args: [
      '--published',
      '2024-10-31',
      '--note',
      'inferred: the press conference it calls "yesterday" (Austin with South Korean Defense Minister Kim Yong-hyun in Washington) took place on October 30, 2024.',
    ],
  },
  {
    capture: '003_ee33085a89d93b62.txt',
    article: 'south-korea-says-north-korea-preparing-more-troops-for-russia',
    args: [
      '--title',
      'South Korea Says North Korea Is Preparing to Send More Troops to Russia',
      '--published',
      '2025-01-24',
      '--note',
      'inferred: the Joint Chiefs of Staff statement it reports "on Friday" was made on Friday, January 24, 2025.',
    ],
  },
  {
    capture: '004_2710472e13a29259.txt',
    article: 'voa-north-korean-troops-to-enter-combat-soon-says-pentagon-chief',
    args: ['--via', 'Voice of America'],
  },
];

const normal = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** An article file as the pipeline reads it: frontmatter, sentences and paragraphs in plain text. */
function read(file: string) {
  const article = readArticle(readFileSync(file, 'utf8'), file);
  expect(article.messages).toEqual([]);
  const sentences = extractSentences(article.tree, article.bodyLine);
  const paragraphs = new Map<number, string[]>();
  for (const sentence of sentences)
    paragraphs.set(sentence.block, [...(paragraphs.get(sentence.block) ?? []), normal(sentence.text)]);
  return {
    meta: article.meta!,
    sentences: sentences.map((sentence) => normal(sentence.text)),
    paragraphs: [...paragraphs.values()].map((p) => p.join(' ')),
  };
}

describe('importing the seed captures', { timeout: 30_000 }, () => {
  it('covers every capture of the seeds', () => {
    expect(
      readdirSync(seeds)
        .filter((name) => name.endsWith('.txt'))
        .sort(),
    ).toEqual(SEEDS.map((seed) => seed.capture));
  });

  for (const seed of SEEDS) {
    it(`${seed.capture} gives back ${seed.article}.md: every sentence kept, no furniture line kept`, async () => {
      const run = await runCli('import', [
        path.join(seeds.pathname, seed.capture),
        '--out',
        out,
        '--slug',
        seed.article,
        ...seed.args,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const imported = read(path.join(out, `${seed.article}.md`));
      const cleaned = read(path.join(articles.pathname, `${seed.article}.md`));

      // Every sentence of the hand-cleaned article, and no other.
      const kept = cleaned.sentences.filter((sentence) => imported.sentences.includes(sentence));
      const extra = imported.sentences.filter((sentence) => !cleaned.sentences.includes(sentence));
      expect({ kept: kept.length, of: cleaned.sentences.length, extra }).toEqual({
        kept: cleaned.sentences.length,
        of: cleaned.sentences.length,
        extra: [],
      });
      expect(imported.paragraphs).toEqual(cleaned.paragraphs);

      // No furniture line: every line of the capture that is not the article's text stays out of the body.
      const furniture = readFileSync(path.join(seeds.pathname, seed.capture), 'utf8')
        .split('\n')
        .map(normal)
        .filter((line) => /\p{L}/u.test(line) && !cleaned.paragraphs.includes(line));
      expect(furniture.length).toBeGreaterThan(0);
      const body = imported.paragraphs.join('\n');
      expect(
        furniture.filter(
          (line) => imported.paragraphs.includes(line) || (line.split(' ').length >= 4 && body.includes(line)),
        ),
      ).toEqual([]);

      // The same frontmatter: read from the capture where it says it, the editor's values where it does not.
      expect(imported.meta).toEqual(cleaned.meta);
      console.log(
        `${seed.capture}: ${kept.length}/${cleaned.sentences.length} sentences kept, 0/${furniture.length} furniture lines kept`,
      );
    });
  }

  describe('edge cases', () => {
    it('marks the values it inferred in the file (outlet guessed from the furniture, dates the editor gave)', () => {
      const text = readFileSync(
        path.join(out, 'south-korea-says-north-korea-preparing-more-troops-for-russia.md'),
        'utf8',
      );
      expect(text).toMatch(/^# {3}outlet: INFERRED: named by the page furniture: "Discover more from Defence Talks"/m);
      expect(text).toMatch(/^# {3}published: INFERRED: given with --published; not stated in the capture$/m);
      expect(text).toContain('publishedInferred: true');
    });

    it('records where a stated value came from, and does not flag it', () => {
      const text = readFileSync(path.join(out, 'us-military-reveals-north-korea-russia-deal.md'), 'utf8');
      expect(text).toMatch(/^# {3}published: stated in the capture: "Tue 10th Dec, 2024" \(line 3\)$/m);
      expect(text).toMatch(/^# {3}outlet: not stated in the capture$/m);
      expect(text).not.toContain('publishedInferred');
    });
  });
});
