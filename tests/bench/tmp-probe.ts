import { readArticle } from '../../src/pipeline/reading/read-article.ts';
import { composeArticle } from '../../src/import/compose-article.ts';
import { importText } from '../../src/import/import-text.ts';
const median = (f: () => unknown) => {
  const t: number[] = [];
  for (let k = 0; k < 3; k++) {
    const s = performance.now();
    f();
    t.push(performance.now() - s);
  }
  return Math.round(t.sort((a, b) => a - b)[1]!);
};
readArticle('---\ntitle: a\npublished: 2024-01-01\n---\n\nx', 'w.md');
for (const n of [5000, 20000]) {
  const keys = `---\ntitle: T\npublished: 2024-12-10\n${Array.from({ length: n }, (_, i) => `key${i}: value ${i}`).join('\n')}\n---\n\nText on June 1, 2024.\n`;
  const longTitle = `---\ntitle: "${'word '.repeat(n * 10)}"\npublished: 2024-12-10\n---\n\nText on June 1, 2024.\n`;
  const listy = `---\ntitle: T\npublished: 2024-12-10\nauthor:\n${Array.from({ length: n }, (_, i) => `  - name ${i}`).join('\n')}\n---\n\nText.\n`;
  const nested = `---\ntitle: T\npublished: 2024-12-10\nx: ${'['.repeat(Math.min(n, 5000))}${']'.repeat(Math.min(n, 5000))}\n---\n\nText.\n`;
  const bigCapTitle = `${'Headline '.repeat(n * 2)}\nTue 10th Dec, 2024\n\nOfficials said on December 1, 2024 that troops moved.`;
  let cap: any;
  console.log(
    n,
    JSON.stringify({
      keys: median(() => readArticle(keys, 'k.md')),
      longTitle: median(() => readArticle(longTitle, 't.md')),
      listy: median(() => readArticle(listy, 'l.md')),
      nested: median(() => readArticle(nested, 'n.md')),
      capture: median(() => (cap = importText(bigCapTitle, {}))),
      compose: median(() => composeArticle(cap, { force: false, out: 'x' } as any, 'x.txt')),
    }),
  );
}
