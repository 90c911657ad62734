import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/pipeline/reading/read-article.ts';
import { formatMessage } from '../../../src/pipeline/messages.ts';

const FILE = 'content/articles/example.md';
const article = (frontmatter: string, body = 'Kim met Putin on June 19, 2024.') =>
  `---\n${frontmatter}\n---\n\n${body}\n`;
const problems = (text: string) => readArticle(text, FILE).messages.map(formatMessage);

describe('readArticle', () => {
  it('reads valid frontmatter and the body', () => {
    const result = readArticle(article('title: "A title"\npublished: 2024-12-10\noutlet: Reuters'), FILE);
    expect(result.messages).toEqual([]);
    expect(result.meta).toEqual({
      title: 'A title',
      published: '2024-12-10',
      publishedInferred: false,
      outlet: 'Reuters',
    });
    expect(result.bodyLine).toBe(6);
    expect(result.tree.children[0]?.type).toBe('paragraph');
  });

  it('names the file, line and field of a missing title', () => {
    expect(problems(article('published: 2024-12-10'))).toEqual([
      `${FILE}:1:1: error: \`title\` is required: add a \`title:\` line to the frontmatter (field \`title\`) [frontmatter-field]`,
    ]);
  });

  it('names the file, line and field of an impossible date', () => {
    expect(problems(article('title: T\npublished: 2024-02-30'))).toEqual([
      `${FILE}:3:1: error: \`published\` is not a real calendar day: 2024-02 has 29 days (found \`2024-02-30\`) (field \`published\`) [frontmatter-field]`,
    ]);
  });

  describe('edge cases', () => {
    it('refuses dates in other formats and misspelt keys', () => {
      expect(problems(article('title: T\npublished: 04/05/24'))[0]).toContain(
        ':3:1: error: `published` must be a date written YYYY-MM-DD',
      );
      expect(problems(article('titel: T\npublished: 2024-12-10'))).toEqual([
        `${FILE}:2:1: error: unknown field \`titel\`: did you mean \`title\`? (field \`titel\`) [frontmatter-field]`,
      ]);
    });

    it('refuses a url that is not http(s)', () => {
      expect(problems(article('title: T\npublished: 2024-12-10\nurl: "javascript:alert(1)"'))[0]).toContain(
        ':4:1: error: `url` must be an http(s) address',
      );
    });

    it('reports a missing or unterminated fence on line 1', () => {
      expect(problems('title: T\n')).toEqual([
        `${FILE}:1:1: error: the file must start with a \`---\` line opening the YAML frontmatter (title, published, ...) [frontmatter-fence]`,
      ]);
      expect(problems('---\ntitle: T\n')[0]).toContain('is never closed');
    });

    it('reports YAML syntax errors with line and column', () => {
      expect(problems(article('title: "unclosed\npublished: 2024-12-10'))).toEqual([
        `${FILE}:2:8: error: the \`"\` quote opened here is never closed: end the value with \`"\` [frontmatter-yaml]`,
      ]);
      expect(problems(article('title: T\n\tpublished: 2024-12-10'))).toEqual([
        `${FILE}:3:1: error: tabs are not allowed for indentation in YAML: use spaces [frontmatter-yaml]`,
      ]);
      expect(problems(article('title: [Kursk\npublished: 2024-12-10'))[0]).toMatch(
        /^content\/articles\/example\.md:3:1: error: YAML: .*: check the indentation, and close every `\[` with `\]` .* \[frontmatter-yaml\]$/,
      );
    });

    it('accepts a byte order mark and CRLF line endings', () => {
      const result = readArticle(`\uFEFF${article('title: T\npublished: 2024-12-10').replace(/\n/g, '\r\n')}`, FILE);
      expect(result.messages).toEqual([]);
      expect(result.meta?.title).toBe('T');
    });
  });
});
