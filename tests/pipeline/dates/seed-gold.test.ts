import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The hand-checked dates of the five seed articles (a copy of
 * `shared/gold/seed-dates.json`), checked through the `npm run claims -- --json`
 * contract: every non-optional expression found with exactly its interval,
 * and no dated claim the gold does not list.
 */
interface GoldDate {
  key: string;
  expr: string;
  start: string;
  end: string;
  optional?: boolean;
}
interface Gold {
  articles: Record<string, { published: string; dates: GoldDate[]; not_dates: string[] }>;
}
interface JsonClaim {
  article: string;
  sentence: string;
  expression: string | null;
  start: string;
  end: string;
  precision: string;
  label: string;
}

const gold = JSON.parse(readFileSync(new URL('../../fixtures/seed-dates.json', import.meta.url), 'utf8')) as Gold;

/** Which article in content/ was cleaned from which capture in the seeds. */
const ARTICLE_OF: Record<string, string> = {
  '000_3d06e1ffbb15c887.txt': 'us-military-reveals-north-korea-russia-deal',
  '001_0120fe80bb7e5f4f.txt': 'russia-to-supply-mig-29-and-su-27-jets-to-north-korea',
  '002_81f2cfcce93c8ac2.txt': 'north-korean-troops-in-russian-uniforms-deploy-to-ukraine-border',
  '003_ee33085a89d93b62.txt': 'south-korea-says-north-korea-preparing-more-troops-for-russia',
  '004_2710472e13a29259.txt': 'voa-north-korean-troops-to-enter-combat-soon-says-pentagon-chief',
};

const files = Object.values(ARTICLE_OF).map((slug) => `content/articles/${slug}.md`);
const output = execFileSync(process.execPath, ['src/cli/claims.ts', '--json', ...files], { encoding: 'utf8' });
const claims = JSON.parse(output) as JsonClaim[];

describe('seed gold', () => {
  it('prints one JSON object per claim with the contract fields', () => {
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(Object.keys(claim)).toEqual(
        expect.arrayContaining(['article', 'sentence', 'expression', 'start', 'end', 'precision', 'label']),
      );
      expect(claim.start <= claim.end).toBe(true);
    }
  });

  for (const [capture, entry] of Object.entries(gold.articles)) {
    const slug = ARTICLE_OF[capture]!;
    const dated = () => claims.filter((claim) => claim.article === slug && claim.expression !== null);

    describe(slug, () => {
      for (const date of entry.dates.filter((d) => !d.optional)) {
        it(`dates “${date.key}” as ${date.start}..${date.end}`, () => {
          const found = dated().filter((claim) => claim.sentence.includes(date.key) && claim.expression === date.expr);
          expect(found.map((claim) => `${claim.start}..${claim.end}`)).toEqual([`${date.start}..${date.end}`]);
        });
      }

      it('finds no date the gold does not list', () => {
        const spurious = dated().filter(
          (claim) => !entry.dates.some((date) => claim.sentence.includes(date.key) && claim.expression === date.expr),
        );
        expect(spurious.map((claim) => claim.expression)).toEqual([]);
      });

      it('reads none of the listed non-dates as dates', () => {
        for (const phrase of entry.not_dates) {
          expect(dated().filter((claim) => claim.expression !== null && phrase.includes(claim.expression))).toEqual([]);
        }
      });
    });
  }
});
