/** A schema.org object from a page's JSON-LD. */
export type JsonLdObject = Record<string, unknown>;

const NEWS = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
];
const ARTICLE = ['Article', 'BlogPosting', 'Report', 'ScholarlyArticle', 'WebPage'];

function typesOf(node: JsonLdObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#:]/, ''));
}

/**
 * Find the article a page describes in its JSON-LD (`<script
 * type="application/ld+json">`): every block is parsed (a broken one is
 * skipped), arrays and `@graph` are searched, and a `NewsArticle` (or another
 * kind of news article) is preferred to a plain `Article`, `BlogPosting` or
 * `WebPage`.
 *
 * @param blocks - The text of each JSON-LD script of the page.
 * @returns The article object, or `null` when there is none.
 */
export function readJsonLd(blocks: readonly string[]): JsonLdObject | null {
  const found: JsonLdObject[] = [];
  const walk = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const object = node as JsonLdObject;
    if (typesOf(object).length) found.push(object);
    if (object['@graph']) walk(object['@graph'], depth + 1);
  };
  for (const block of blocks) {
    try {
      walk(JSON.parse(block.trim().replace(/^<!--|-->$/g, '')), 0);
    } catch {
      // A broken block says nothing we can use.
    }
  }
  for (const kinds of [NEWS, ARTICLE]) {
    const match = found.find((node) => typesOf(node).some((type) => kinds.includes(type)));
    if (match) return match;
  }
  return null;
}
