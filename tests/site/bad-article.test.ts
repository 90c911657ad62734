import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy.ts';

/**
 * A real `astro build` of a copy of the project with one broken article: the
 * build fails with one line per problem naming the file, line and field, no
 * stack trace, and leaves what was already built in `dist/` alone.
 */
const project = projectCopy(false);
afterAll(project.remove);
const file = (name: string, text: string) => writeFileSync(path.join(project.dir, name), text);
file('content/articles/good.md', '---\ntitle: Good\npublished: 2024-12-10\n---\n\nKim met Putin on June 19, 2024.\n');
file('content/articles/broken.md', '---\noutlet: Wire\npublished: 2024-02-30\n---\n\nTroops moved in October.\n');
mkdirSync(path.join(project.dir, 'dist'));
file('dist/index.html', 'previous build');

describe('a build with a broken article', () => {
  it('fails with file, line and field for each problem, and keeps dist/', async () => {
    const result = await project.build();
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'content/articles/broken.md:1:1: error: `title` is required: add a `title:` line to the frontmatter (field `title`) [frontmatter-field]',
    );
    expect(result.output).toContain(
      'content/articles/broken.md:3:1: error: `published` is not a real calendar day: 2024-02 has 29 days (found `2024-02-30`) (field `published`) [frontmatter-field]',
    );
    expect(result.output).not.toContain('good.md');
    expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
    expect(readFileSync(path.join(project.dir, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(path.join(project.dir, 'dist/events'))).toBe(false);
    expect(existsSync(path.join(project.dir, 'content/permalinks.json'))).toBe(false);
  });
});
