import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConfigData, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';

/**
 * Every page in `dist/` (`npm test` builds it first) is valid HTML by
 * html-validate's recommended rules. The configuration lives here, not in a
 * file at the top of the repository, and html-validate reads no other.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(path.join(dist, 'index.html')))
  throw new Error('dist/ is not built: run `npm run build` first (npm test does).');

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Event ids start with their ISO date (`2024-12-04-military-agreement…`) and are the ids of
    // their timeline entries, so that `/#<event id>` works. HTML5 allows any id without
    // whitespace; the strict default (ids begin with a letter) is an HTML4 rule.
    'valid-id': ['error', { relaxed: true }],
    // A search-engine heuristic, not validity: titles are the reports' own headlines (or an
    // event's date and headline), which are not cut to 70 characters.
    'long-title': 'off',
  },
};

/** Messages accepted where they are by design, each with its reason. Everything else fails. */
const ACCEPTED: Array<{ rule: string; selector: RegExp; reason: string }> = [
  {
    rule: 'wcag/h32',
    selector: /^html > body > header > div > search > form$/,
    reason:
      'the header search field has results as you type and no submit button by design; ' +
      'Enter submits its one field to /search/ (implicit submission, no script needed), and the ' +
      "search page's own form has a button",
  },
];
const accepted = (message: Message) =>
  ACCEPTED.some(({ rule, selector }) => message.ruleId === rule && selector.test(message.selector ?? ''));

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

describe('HTML validity of dist/', () => {
  it('finds the pages', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(pages.length).toBeGreaterThan(20);
  });

  it('has no error on any page', async () => {
    const validator = new HtmlValidate(config);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(path.join(dist, page), 'utf8'), page);
      for (const message of report.results.flatMap((result) => result.messages)) {
        if (!accepted(message))
          problems.push(
            `${page}:${message.line}:${message.column} ${message.message} [${message.ruleId}] at ${message.selector}`,
          );
      }
    }
    expect(problems.join('\n'), `${problems.length} problems`).toBe('');
  });

  it('puts nothing after </html> (html-validate lets it pass; a script there is a stray start tag)', () => {
    const trailing = pages.filter((page) => !/<\/html>\s*$/.test(readFileSync(path.join(dist, page), 'utf8')));
    expect(trailing).toEqual([]);
  });
});
