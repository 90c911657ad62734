import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../../src/pipeline/corpus/build-corpus.ts';
import { decodeArticle } from '../../../src/pipeline/reading/decode-article.ts';
import { formatMessage } from '../../../src/pipeline/messages.ts';
import { readArticle } from '../../../src/pipeline/reading/read-article.ts';
import type { ContentMessage, Corpus } from '../../../src/pipeline/model/index.ts';

/**
 * The catalogue of malformed articles (issue 7) and what each gets: EITHER an
 * error naming file, line (and column), field and rule, with the fix in one
 * line, which stops the build, OR a warning that skips just the part
 * concerned. Never an exception, never a silently missing event: each case is
 * built together with a good article, which keeps its claim and its event,
 * and the case's own good parts keep theirs. The README's "When an article is
 * rejected" lists the same cases.
 */
const DIR = 'content/articles';
const GOOD = {
  file: `${DIR}/good.md`,
  text: '---\ntitle: Good\npublished: 2024-12-10\n---\n\nKim met Putin in Pyongyang on June 19, 2024.\n',
};
const HEAD = 'title: T\npublished: 2024-12-10';
const DATED = 'Russian troops entered Kursk on August 6, 2024.';
/** An article: `---` on line 1, the frontmatter from line 2, then `---`, a blank line and the body. */
const article = (frontmatter: string, body = DATED) => `---\n${frontmatter}\n---\n\n${body}\n`;
const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
const nestedList = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${' '.repeat(i * 2)}- level ${i + 1}`).join('\n');

interface Expected {
  severity: 'error' | 'warning';
  rule: string;
  line: number;
  column?: number;
  field?: string;
  /** A part of the reason. */
  reason: string;
}

interface Case {
  name: string;
  /** File name in `content/articles/`. */
  file: string;
  text: string | Uint8Array;
  /** Other files built with it (besides the good article). */
  also?: Array<{ file: string; text: string }>;
  /** The messages about this case, in the order `buildCorpus` returns them. */
  expect: Expected[];
  /** The article is kept with this many claims; left out when absent. */
  claims?: number;
}

const error = (rule: string, line: number, reason: string, more: Partial<Expected> = {}): Expected => ({
  severity: 'error',
  rule,
  line,
  reason,
  ...more,
});
const warning = (rule: string, line: number, reason: string, more: Partial<Expected> = {}): Expected => ({
  severity: 'warning',
  rule,
  line,
  reason,
  ...more,
});

const CASES: Case[] = [
  // The file and its frontmatter fence: errors, the article is left out.
  {
    name: 'no frontmatter fence',
    file: 'no-fence.md',
    text: `${DATED}\n`,
    expect: [error('frontmatter-fence', 1, 'the file must start with a `---` line', { column: 1 })],
  },
  {
    name: 'unterminated fence',
    file: 'unterminated.md',
    text: `---\n${HEAD}\n\n${DATED}\n`,
    expect: [error('frontmatter-fence', 1, 'is never closed: add a `---` line after it')],
  },
  {
    name: 'a ---js fence',
    file: 'js-fence.md',
    text: `---js\nexport const title = "T";\n---\n\n${DATED}\n`,
    expect: [
      error('frontmatter-fence', 1, 'must be a plain `---` line (found `---js`): only YAML frontmatter is read'),
    ],
  },
  {
    name: 'a ---json fence',
    file: 'json-fence.md',
    text: `---json\n{"title": "T", "published": "2024-12-10"}\n---\n\n${DATED}\n`,
    expect: [error('frontmatter-fence', 1, '(found `---json`)')],
  },
  {
    name: 'a ---toml fence',
    file: 'toml-fence.md',
    text: `---toml\ntitle = "T"\n---\n\n${DATED}\n`,
    expect: [error('frontmatter-fence', 1, '(found `---toml`)')],
  },
  {
    name: 'TOML frontmatter between +++ lines',
    file: 'toml-plus.md',
    text: `+++\ntitle = "T"\n+++\n\n${DATED}\n`,
    expect: [error('frontmatter-fence', 1, 'the file must start with a `---` line')],
  },
  {
    name: 'invalid UTF-8 (a Latin-1 é)',
    file: 'latin1.md',
    text: bytes(`---\n${HEAD}\n---\n\nCaf`, [0xe9], ' du Kursk.\n'),
    expect: [error('file-encoding', 6, 'byte 0xE9 is not UTF-8 text', { column: 4 })],
  },
  {
    name: 'a UTF-16 file',
    file: 'utf16.md',
    text: bytes(
      [0xff, 0xfe],
      [...'---\n'].flatMap((c) => [c.charCodeAt(0), 0]),
    ),
    expect: [error('file-encoding', 1, 'the file is UTF-16 text: save it as UTF-8', { column: 1 })],
  },

  // YAML syntax: line and column of the problem.
  {
    name: 'YAML syntax error: an unclosed quote',
    file: 'yaml-quote.md',
    text: article('title: "Troops in Kursk\npublished: 2024-12-10'),
    expect: [error('frontmatter-yaml', 2, 'the `"` quote opened here is never closed', { column: 8 })],
  },
  {
    name: 'YAML syntax error: an unquoted colon',
    file: 'yaml-colon.md',
    text: article('title: Kursk: the first week\npublished: 2024-12-10'),
    expect: [error('frontmatter-yaml', 2, 'a value that contains `: ` must be in quotes', { column: 8 })],
  },
  {
    name: 'YAML syntax error: a tab as indentation',
    file: 'yaml-tab.md',
    text: article('title: T\n\tpublished: 2024-12-10'),
    expect: [error('frontmatter-yaml', 3, 'tabs are not allowed for indentation in YAML: use spaces', { column: 1 })],
  },
  {
    name: 'duplicate YAML keys',
    file: 'duplicate-key.md',
    text: article(`${HEAD}\ntitle: Again`),
    expect: [
      error('frontmatter-duplicate', 4, '`title` is given twice (first on line 2): keep one of the two lines', {
        column: 1,
        field: 'title',
      }),
    ],
  },
  {
    name: 'frontmatter that is a list',
    file: 'yaml-list.md',
    text: article('- title\n- published'),
    expect: [error('frontmatter-yaml', 2, 'the frontmatter must be `name: value` lines')],
  },

  // YAML that would construct objects: every explicit tag, and aliases, are refused.
  {
    name: 'a !!js/function tag',
    file: 'tag-function.md',
    text: article(`${HEAD}\noutlet: !!js/function "function () { return 1; }"`),
    expect: [
      error('frontmatter-tag', 4, 'YAML tags such as `!!js/function` are not allowed', { column: 9, field: 'outlet' }),
    ],
  },
  {
    name: 'a !!binary tag',
    file: 'tag-binary.md',
    text: article(`${HEAD}\nauthor: !!binary aGVsbG8=`),
    expect: [error('frontmatter-tag', 4, '`!!binary`', { column: 9, field: 'author' })],
  },
  {
    name: 'a custom !foo tag',
    file: 'tag-custom.md',
    text: article(`!foo title: T\npublished: 2024-12-10`),
    expect: [error('frontmatter-tag', 2, '`!foo` are not allowed', { column: 1, field: 'title' })],
  },
  {
    name: 'a YAML alias',
    file: 'alias.md',
    text: article(`title: &t T\npublished: 2024-12-10\noutlet: *t`),
    expect: [
      error('frontmatter-alias', 4, 'YAML aliases such as `*t` are not allowed: write the value out in full', {
        column: 9,
        field: 'outlet',
      }),
    ],
  },
  {
    name: 'a __proto__ key',
    file: 'proto.md',
    text: article(`${HEAD}\n__proto__: { polluted: true }`),
    expect: [error('frontmatter-field', 4, 'unknown field `__proto__`: remove it', { column: 1, field: '__proto__' })],
  },

  // Fields: one message per field, on its line, with the fix.
  {
    name: 'missing title',
    file: 'no-title.md',
    text: article('published: 2024-12-10'),
    expect: [
      error('frontmatter-field', 1, '`title` is required: add a `title:` line to the frontmatter', {
        column: 1,
        field: 'title',
      }),
    ],
  },
  {
    name: 'empty title',
    file: 'empty-title.md',
    text: article('title: ""\npublished: 2024-12-10'),
    expect: [error('frontmatter-field', 2, '`title` is empty: write its value after `title:`', { field: 'title' })],
  },
  {
    name: 'a title that is a number',
    file: 'title-number.md',
    text: article('title: 1984\npublished: 2024-12-10'),
    expect: [
      error('frontmatter-field', 2, '`title` must be text, not a number: put it in quotes, like `title: "1984"`', {
        field: 'title',
      }),
    ],
  },
  {
    name: 'a title that is a list',
    file: 'title-list.md',
    text: article('title: [Kursk, Pyongyang]\npublished: 2024-12-10'),
    expect: [error('frontmatter-field', 2, '`title` must be one line of text, not a list', { field: 'title' })],
  },
  {
    name: 'missing published',
    file: 'no-published.md',
    text: article('title: T'),
    expect: [error('frontmatter-field', 1, '`published` is required: add a `published:` line', { field: 'published' })],
  },
  {
    name: 'an impossible date (2024-02-30)',
    file: 'february-30.md',
    text: article('title: T\npublished: 2024-02-30'),
    expect: [
      error('frontmatter-field', 3, '`published` is not a real calendar day: 2024-02 has 29 days', {
        column: 1,
        field: 'published',
      }),
    ],
  },
  {
    name: 'a date written 04/05/24',
    file: 'date-slashes.md',
    text: article('title: T\npublished: 04/05/24'),
    expect: [
      error(
        'frontmatter-field',
        3,
        '`published` must be a date written YYYY-MM-DD, like 2024-12-10 (found `04/05/24`)',
        { field: 'published' },
      ),
    ],
  },
  {
    name: 'a date written "December 10, 2024"',
    file: 'date-words.md',
    text: article('title: T\npublished: "December 10, 2024"'),
    expect: [
      error('frontmatter-field', 3, '`published` must be a date written YYYY-MM-DD: write `published: 2024-12-10`', {
        field: 'published',
      }),
    ],
  },
  {
    name: 'a date with a time',
    file: 'date-time.md',
    text: article('title: T\npublished: 2024-12-10T09:30:00Z'),
    expect: [error('frontmatter-field', 3, 'write `published: 2024-12-10`', { field: 'published' })],
  },
  {
    name: 'a far-future date',
    file: 'date-future.md',
    text: article('title: T\npublished: 2204-12-10'),
    expect: [
      error('frontmatter-field', 3, '`published` must fall between 1900-01-01 and 2099-12-31: check the year', {
        field: 'published',
      }),
    ],
  },
  {
    name: 'a date before 1900',
    file: 'date-old.md',
    text: article('title: T\npublished: 1854-10-25'),
    expect: [error('frontmatter-field', 3, 'must fall between 1900-01-01 and 2099-12-31', { field: 'published' })],
  },
  {
    name: 'a misspelt key `Published`',
    file: 'key-case.md',
    text: article('title: T\nPublished: 2024-12-10'),
    expect: [
      error('frontmatter-field', 3, 'unknown field `Published`: did you mean `published`?', { field: 'Published' }),
    ],
  },
  {
    name: 'a misspelt key `titel`',
    file: 'key-typo.md',
    text: article('titel: T\npublished: 2024-12-10'),
    expect: [error('frontmatter-field', 2, 'unknown field `titel`: did you mean `title`?', { field: 'titel' })],
  },
  {
    name: 'another name for a field (`date`)',
    file: 'key-date.md',
    text: article('title: T\ndate: 2024-12-10'),
    expect: [error('frontmatter-field', 3, 'unknown field `date`: did you mean `published`?', { field: 'date' })],
  },
  {
    name: 'an unknown key',
    file: 'key-unknown.md',
    text: article(`${HEAD}\ntags: [war]`),
    expect: [
      error('frontmatter-field', 4, 'unknown field `tags`: remove it, or use one of title, published,', {
        field: 'tags',
      }),
    ],
  },
  {
    name: 'a url that is not http(s)',
    file: 'url-script.md',
    text: article(`${HEAD}\nurl: "javascript:alert(1)"`),
    expect: [
      error('frontmatter-field', 4, '`url` must be an http(s) address, like https://example.org/story', {
        field: 'url',
      }),
    ],
  },
  {
    name: 'publishedInferred that is not true or false',
    file: 'inferred.md',
    text: article(`${HEAD}\npublishedInferred: "yes"`),
    expect: [
      error('frontmatter-field', 4, '`publishedInferred` must be true or false', { field: 'publishedInferred' }),
    ],
  },

  // Two files, one address.
  {
    name: 'duplicate slugs differing in capitals',
    file: 'kursk.md',
    text: article(HEAD),
    also: [{ file: `${DIR}/Kursk.md`, text: article(HEAD) }],
    expect: [error('duplicate-slug', 1, '`kursk` is also the slug of content/articles/Kursk.md', { column: 1 })],
  },
  {
    name: 'duplicate slugs a.md and a.MD',
    file: 'a.md',
    text: article(HEAD),
    also: [{ file: `${DIR}/a.MD`, text: article(HEAD) }],
    expect: [
      error(
        'duplicate-slug',
        1,
        '`a` is also the slug of content/articles/a.MD (slugs that differ only in capitals, or in how their accents are encoded, collide): rename one of the files',
      ),
    ],
  },

  {
    name: 'a frontmatter of 5,000 keys',
    file: 'huge-frontmatter.md',
    text: article(`${HEAD}\n${Array.from({ length: 5000 }, (_, i) => `key${i}: value`).join('\n')}`),
    expect: [
      error('frontmatter-size', 2, 'the frontmatter is 74 k characters on 5,002 lines; it holds a few short fields'),
    ],
  },

  // A name that cannot be an address (issue 19): refused before anything is read.
  {
    name: 'a file named ..md',
    file: '..md',
    text: article(HEAD),
    expect: [error('article-name', 1, "`.` cannot be an article's address", { column: 1 })],
  },
  {
    name: 'a file named .md',
    file: '.md',
    text: article(HEAD),
    expect: [error('article-name', 1, 'the file name has nothing before `.md`')],
  },
  {
    name: 'a file name with a space',
    file: 'kursk offensive.md',
    text: article(HEAD),
    expect: [error('article-name', 1, 'rename the file, like `kursk-offensive.md`')],
  },

  // The text: warnings that skip just the part concerned; the article is kept.
  {
    name: 'an empty body',
    file: 'empty-body.md',
    text: article(HEAD, ''),
    claims: 0,
    expect: [warning('empty-body', 4, 'the article has no text after its frontmatter')],
  },
  {
    name: 'a body of boilerplate only',
    file: 'boilerplate.md',
    claims: 0,
    text: article(
      HEAD,
      'Advertisement\n\nSubscribe to our newsletter to get the latest stories in your inbox.\n\nShare this article',
    ),
    expect: [warning('no-claims', 6, 'no sentence gives a dated claim, so the article adds nothing to the timeline')],
  },
  {
    name: 'a relative date with nothing to anchor it',
    file: 'unanchored.md',
    claims: 1,
    text: article(HEAD, `Two days later, the troops withdrew.\n\n${DATED}`),
    expect: [warning('date-unanchored', 6, '"Two days later" counts from an earlier date, but none comes before it')],
  },
  {
    name: 'a date that names no real day',
    file: 'no-such-day.md',
    claims: 1,
    text: article(HEAD, `Kim arrived on February 30, 2024.\n\n${DATED}`),
    expect: [warning('date-impossible', 6, '"February 30, 2024" names no real day')],
  },
  // Text that spoofs or breaks output (issue 19): normalised at the door, with a warning; nothing else lost.
  {
    name: 'a right-to-left override in the author field',
    file: 'rtl-author.md',
    claims: 1,
    text: article(`${HEAD}\nauthor: Kim \u202Eevil`),
    expect: [
      warning('text-invisible', 4, 'an invisible or control character was removed (U+202E RIGHT-TO-LEFT OVERRIDE)', {
        column: 13,
      }),
    ],
  },
  {
    name: 'a zero-width space inside a date',
    file: 'zero-width-date.md',
    claims: 1,
    text: article(HEAD, 'Russian troops entered Kursk on Aug\u200Bust 6, 2024.'),
    expect: [warning('text-invisible', 6, '(U+200B ZERO WIDTH SPACE)')],
  },
  // Corrections the pipeline cannot hold (issue 19): warnings, the correction ignored, the claim kept.
  {
    name: 'a correction with an open end',
    file: 'open-correction.md',
    claims: 1,
    text: article(HEAD, `${DATED} <!-- dateline: 2024-10-01/.. -->`),
    expect: [
      warning('correction-invalid', 6, '`2024-10-01/..` is an open interval, with no end the timeline can show'),
    ],
  },
  {
    name: 'a correction outside 1900–2099',
    file: 'far-correction.md',
    claims: 1,
    text: article(HEAD, `${DATED} <!-- dateline: 2204-08-06 -->`),
    expect: [warning('correction-invalid', 6, 'reaches outside 1900-01-01 to 2099-12-31, the bounds of `published`')],
  },
  {
    name: 'a correction misspelt',
    file: 'misspelt-correction.md',
    claims: 1,
    text: article(HEAD, `${DATED} <!-- datelin: skip -->`),
    expect: [
      warning('correction-invalid', 6, '`<!-- datelin: skip -->` looks like a correction but is not written as one'),
    ],
  },
  {
    name: 'lists nested 2,000 levels deep, on one line',
    file: 'deep-list.md',
    claims: 1,
    text: article(HEAD, `${'- '.repeat(2000)}On June 19, 2024, Kim met Putin.\n\n${DATED}`),
    expect: [warning('body-too-deep', 6, 'quotes or lists nested more than 100 levels deep: line 6 is left out')],
  },
  {
    name: 'block quotes nested 2,000 levels deep',
    file: 'deep-quote.md',
    claims: 1,
    text: article(HEAD, `${'>'.repeat(2000)} On June 19, 2024, Kim met Putin.\n\n${DATED}`),
    expect: [warning('body-too-deep', 6, 'line 6 is left out')],
  },
  {
    name: 'a list indented 2,000 levels deep',
    file: 'deep-indent.md',
    claims: 1,
    text: article(HEAD, `${nestedList(2000)}\n\n${DATED}`),
    expect: [warning('body-too-deep', 106, 'lines 106–2005 are left out')],
  },
  {
    name: 'emphasis nested 2,000 levels deep',
    file: 'deep-emphasis.md',
    claims: 1,
    text: article(HEAD, `${'*a _a '.repeat(1000)}x${'_ b* b'.repeat(1000)}\n\n${DATED}`),
    expect: [
      warning(
        'body-too-deep',
        6,
        'formatting, quotes or lists nested more than 300 levels deep: the text inside is left out',
      ),
    ],
  },

  // Accepted as they are.
  {
    name: 'published as a YAML date, unquoted',
    file: 'date-plain.md',
    text: article('title: T\npublished: 2024-12-10'),
    claims: 1,
    expect: [],
  },
  {
    name: 'published quoted',
    file: 'date-quoted.md',
    text: article('title: T\npublished: "2024-12-10"'),
    claims: 1,
    expect: [],
  },
  {
    name: 'a byte order mark and CRLF line endings',
    file: 'crlf.md',
    text: `\uFEFF${article(HEAD).replace(/\n/g, '\r\n')}`,
    claims: 1,
    expect: [],
  },
  {
    name: 'a title in quotes that looks like a number',
    file: 'title-quoted.md',
    text: article('title: "1984"\npublished: 2024-12-10'),
    claims: 1,
    expect: [],
  },
];

function build(c: Case): Corpus {
  return buildCorpus([{ file: `${DIR}/${c.file}`, text: c.text }, ...(c.also ?? []), GOOD]);
}

/** No line of a message looks like a stack frame or an error dump. */
function expectNoStackTrace(messages: readonly ContentMessage[]) {
  for (const message of messages) {
    const line = formatMessage(message);
    expect(line).not.toMatch(/\n|\r/);
    expect(line).not.toMatch(
      /\bat .*[\\/].*:\d+:\d+|\bat <anonymous>|node:internal|Error:|TypeError|RangeError|\[object /,
    );
  }
}

describe('malformed articles', () => {
  it('has a catalogue of at least 24 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(24);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(`${c.name}: ${c.expect.length ? c.expect.map((e) => `${e.severity} ${e.rule}`).join(', ') : 'accepted'}`, () => {
      let corpus: Corpus | undefined;
      expect(() => (corpus = build(c))).not.toThrow();
      const { articles, events, messages } = corpus!;

      // The messages about the case, and nothing about the good article.
      expect(messages.filter((m) => m.file === GOOD.file)).toEqual([]);
      const mine = messages.filter((m) => m.file !== GOOD.file);
      expect(mine.map(formatMessage)).toHaveLength(c.expect.length);
      c.expect.forEach((expected, i) => {
        const { reason, ...where } = expected;
        expect(mine[i]).toMatchObject({ file: `${DIR}/${c.file}`, ...where });
        expect(mine[i]!.reason).toContain(reason);
        if (!expected.field) expect(mine[i]!.field).toBeUndefined();
      });
      expectNoStackTrace(messages);

      // The good article keeps its claim and its event.
      const good = articles.find((a) => a.slug === 'good');
      expect(good?.claims.map((claim) => claim.start)).toEqual(['2024-06-19']);
      expect(events.some((event) => event.claims.some((claim) => claim.article === 'good'))).toBe(true);

      // The case itself: left out on an error, kept with its good parts on a warning.
      const kept = articles.find((a) => a.file === `${DIR}/${c.file}`);
      if (c.claims === undefined) {
        expect(c.expect.some((e) => e.severity === 'error')).toBe(true);
        expect(kept).toBeUndefined();
      } else {
        expect(c.expect.every((e) => e.severity === 'warning')).toBe(true);
        expect(kept?.claims).toHaveLength(c.claims);
        for (const claim of kept!.claims)
          expect(events.some((event) => event.claims.some((other) => other.id === claim.id))).toBe(true);
      }
    }, 60_000);
  }

  describe('edge cases', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('formats every message of every case as one line with no stack trace, together in one build', () => {
      const files = CASES.flatMap((c) => [{ file: `${DIR}/${c.file}`, text: c.text }, ...(c.also ?? [])]);
      const { articles, messages } = buildCorpus([...files, GOOD]);
      expect(messages.length).toBeGreaterThanOrEqual(CASES.filter((c) => c.expect.length).length);
      expectNoStackTrace(messages);
      expect(articles.find((a) => a.slug === 'good')?.claims).toHaveLength(1);
    }, 60_000);

    it('reads a byte order mark, CRLF or CR line endings exactly like LF: same claims, same lines', () => {
      const lf = article(
        'title: T\npublished: 2024-12-10\noutlet: Reuters',
        `Kim met Putin on June 19, 2024.\nTwo days later, Putin left Pyongyang.\n\n${DATED}\n\nA week later, troops moved.`,
      );
      const reference = buildCorpus([{ file: `${DIR}/x.md`, text: lf }]);
      expect(reference.articles[0]!.claims.map((claim) => [claim.line, claim.start])).toEqual([
        [7, '2024-06-19'],
        [8, '2024-06-21'],
        [10, '2024-08-06'],
      ]);
      expect(reference.messages.map((m) => `${m.line}:${m.column} ${m.rule}`)).toEqual(['12:1 date-unanchored']);
      for (const text of [
        `\uFEFF${lf}`,
        lf.replace(/\n/g, '\r\n'),
        `\uFEFF${lf.replace(/\n/g, '\r\n')}`,
        lf.replace(/\n/g, '\r'),
      ]) {
        expect(buildCorpus([{ file: `${DIR}/x.md`, text }])).toEqual(reference);
      }
      const asBytes = buildCorpus([
        { file: `${DIR}/x.md`, text: bytes([0xef, 0xbb, 0xbf], lf.replace(/\n/g, '\r\n')) },
      ]);
      expect(asBytes).toEqual(reference);
    });

    it('reports the line and column of the first byte that is not UTF-8, counting characters', () => {
      const at = (input: Uint8Array) => {
        const result = decodeArticle(input, 'f.md');
        return result.ok
          ? result.text
          : `${result.message.line}:${result.message.column} ${result.message.reason.slice(0, 13)}`;
      };
      expect(at(bytes('---\nthé ', [0xff], '\n'))).toBe('2:5 byte 0xFF is ');
      expect(at(bytes('a\nb\n', [0xc3]))).toBe('3:1 byte 0xC3 is '); // cut short at the end of the file
      expect(at(bytes('x', [0xc0, 0x80]))).toBe('1:2 byte 0xC0 is '); // an overlong NUL
      expect(at(bytes('x', [0xed, 0xa0, 0x80]))).toBe('1:2 byte 0xED is '); // a UTF-16 surrogate
      expect(at(bytes('x', [0xf4, 0x90, 0x80, 0x80]))).toBe('1:2 byte 0xF4 is '); // above U+10FFFF
      expect(at(bytes([0xef, 0xbb, 0xbf], 'x', [0x80]))).toBe('1:2 byte 0x80 is '); // the byte order mark is no character
      expect(at(bytes([0xef, 0xbb, 0xbf], 'Zelenskyy — 🇺🇦'))).toBe('Zelenskyy — 🇺🇦');
    });

    it('processes a 5 MB article without an error', () => {
      const filler = 'The weather was mild and the roads were quiet for most of the afternoon. ';
      const months = [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
      ];
      const paragraphs: string[] = [];
      for (let i = 0, size = 0; size < 5_000_000; i++) {
        const paragraph =
          i % 50 === 0
            ? `Russian troops entered the village on ${months[(i / 50) % 11]} ${1 + ((i / 50) % 28)}, 2024. ${filler.repeat(8)}`
            : filler.repeat(10);
        paragraphs.push(paragraph);
        size += paragraph.length + 2;
      }
      const text = article(HEAD, paragraphs.join('\n\n'));
      expect(text.length).toBeGreaterThan(5_000_000);
      const { articles, messages } = buildCorpus([
        { file: `${DIR}/big.md`, text: new TextEncoder().encode(text) },
        GOOD,
      ]);
      expect(messages).toEqual([]);
      expect(articles.find((a) => a.slug === 'big')!.claims.length).toBeGreaterThan(100);
    }, 120_000);

    it('leaves Object.prototype alone whatever the keys (__proto__, constructor, prototype)', () => {
      const keys = Object.getOwnPropertyNames(Object.prototype).sort();
      for (const frontmatter of [
        `${HEAD}\n__proto__: { polluted: true }`,
        `${HEAD}\nouter: { __proto__: { polluted: true } }`,
        `${HEAD}\nconstructor: { prototype: { polluted: true } }`,
        `${HEAD}\n"__proto__": [1]`,
        `__proto__:\n  title: T\n  published: 2024-12-10`,
      ]) {
        const result = readArticle(article(frontmatter), `${DIR}/p.md`);
        expect(result.meta).toBeNull();
        expect(result.messages.map((m) => m.rule)).toContain('frontmatter-field');
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(keys);
    });

    it('uses fixed bounds for published, whatever the clock says', () => {
      const verdicts = () =>
        ['1899-12-31', '1900-01-01', '2099-12-31', '2100-01-01'].map(
          (day) => readArticle(article(`title: T\npublished: ${day}`), 'b.md').meta !== null,
        );
      const now = verdicts();
      expect(now).toEqual([false, true, true, false]);
      vi.useFakeTimers({ now: Date.UTC(1901, 0, 1) });
      expect(verdicts()).toEqual(now);
      vi.setSystemTime(Date.UTC(2098, 0, 1));
      expect(verdicts()).toEqual(now);
    });

    it('reads published the same whether the YAML date is quoted or not', () => {
      const plain = readArticle(article('title: T\npublished: 2024-12-10'), 'd.md');
      const quoted = readArticle(article("title: T\npublished: '2024-12-10'"), 'd.md');
      expect(plain.meta).toEqual(quoted.meta);
      expect(plain.meta?.published).toBe('2024-12-10');
    });

    it('keeps the good parts of an article whose middle is nested too deep', () => {
      const text = article(
        HEAD,
        `Kim met Putin on June 19, 2024.\n\n${'> '.repeat(500)}Troops moved on October 8, 2024.\n\n${DATED}`,
      );
      const { articles, messages } = buildCorpus([{ file: `${DIR}/mixed.md`, text }]);
      expect(messages.map((m) => `${m.line} ${m.rule}`)).toEqual(['8 body-too-deep']);
      expect(articles[0]!.claims.map((claim) => [claim.line, claim.start])).toEqual([
        [6, '2024-06-19'],
        [10, '2024-08-06'],
      ]);
    });

    it('suggests a field only when it is close, and says each problem once', () => {
      const reasons = (frontmatter: string) => readArticle(article(frontmatter), 'k.md').messages.map((m) => m.reason);
      expect(reasons('title: T\npublishd: 2024-12-10')).toEqual([
        'unknown field `publishd`: did you mean `published`?',
      ]);
      expect(reasons('Title: T\nPUBLISHED: 2024-12-10')).toEqual([
        'unknown field `Title`: did you mean `title`?',
        'unknown field `PUBLISHED`: did you mean `published`?',
      ]);
      expect(reasons(`${HEAD}\nzzz: 1`)[0]).toMatch(/^unknown field `zzz`: remove it/);
      expect(reasons('title: T\npublished: 2024-13-45')).toEqual([
        '`published` is not a real calendar day: the month must be 01 to 12 (found `2024-13-45`)',
      ]);
    });
  });
});
