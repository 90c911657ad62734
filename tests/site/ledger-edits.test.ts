import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * Real builds after hand edits of `content/permalinks.json` that would lose
 * or move a published link (a key given twice once moved a published URL to
 * another event with exit 0; deleting the ledger lost every page without a
 * word): each stops the build with the line and how to undo it, `npm run
 * check` says the same, and `dist/` and the edited ledger stay as they were.
 */
const project = projectCopy(true);
afterAll(project.remove);
const ledgerFile = path.join(project.dir, 'content/permalinks.json');
let original = '';
let site = '';
/** A digest of every file of dist/. */
function distDigest(): string {
  const dist = path.join(project.dir, 'dist');
  const hash = createHash('sha256');
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true }).sort((a, b) =>
    path.join(a.parentPath, a.name) < path.join(b.parentPath, b.name) ? -1 : 1,
  ))
    if (entry.isFile())
      hash
        .update(path.join(entry.parentPath, entry.name))
        .update(readFileSync(path.join(entry.parentPath, entry.name)));
  return hash.digest('hex');
}

beforeAll(async () => {
  const first = await project.build();
  expect(first.code, first.output).toBe(0);
  original = readFileSync(ledgerFile, 'utf8');
  site = distDigest();
});

/** Apply an edit, build and check, and put the ledger back. */
async function afterEdit(edit: (text: string) => string | null) {
  const edited = edit(original);
  if (edited === null) rmSync(ledgerFile);
  else writeFileSync(ledgerFile, edited);
  const build = await project.build();
  const check = await runCli('check', [], project.dir);
  const left = edited === null ? null : readFileSync(ledgerFile, 'utf8');
  writeFileSync(ledgerFile, original);
  return { build, check, edited, left };
}

const ids = () => Object.keys((JSON.parse(original) as { events: Record<string, unknown> }).events);

describe('hand edits of the ledger, in a real build', () => {
  it('a key given twice stops the build with both lines and the way back; dist/ is untouched', async () => {
    const [first, second] = ids();
    const { build, check, edited, left } = await afterEdit((text) => text.replace(`"${second}": {`, `"${first}": {`));
    const line = edited!.split('\n').findLastIndex((l) => l.includes(`"${first}"`)) + 1;
    const firstLine = edited!.split('\n').findIndex((l) => l.includes(`"${first}"`)) + 1;
    const message = `content/permalinks.json:${line}:1: error: \`${first}\` is given 2 times (lines ${firstLine}, ${line}): only the last would count, and a published address would move to another event; restore it with \`git checkout -- content/permalinks.json\` (or from your last commit of it) [ledger-duplicate]`;
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(message);
    expect(build.output).not.toMatch(/Stack trace|\n\s+at /);
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n')).toContain(message);
    expect(left).toBe(edited);
    expect(distDigest()).toBe(site);
  });

  describe('edge cases', () => {
    it('a deleted ledger beside the built site stops the build; the ledger is not made anew', async () => {
      const { build, check } = await afterEdit(() => null);
      const message = 'content/permalinks.json:1:1: error: missing, but dist/ holds a built site with';
      expect(build.code).not.toBe(0);
      expect(build.output).toContain(message);
      expect(check.stdout).toContain(message);
      expect(distDigest()).toBe(site);
    });

    it('an entry removed by hand is an id dist/ published that the ledger lost', async () => {
      const [, second] = ids();
      const { build, check } = await afterEdit((text) => {
        const data = JSON.parse(text) as { events: Record<string, unknown> };
        delete data.events[second!];
        return JSON.stringify(data, null, 2);
      });
      const message = `content/permalinks.json:1:1: error: 1 event id published in dist/ is no longer in the ledger (\`${second}\`): its link would break; restore it with \`git checkout -- content/permalinks.json\` (or from your last commit of it) [ledger-lost]`;
      expect(build.code).not.toBe(0);
      expect(build.output).toContain(message);
      expect(check.stdout.split('\n')).toContain(message);
      expect(distDigest()).toBe(site);
    });

    it('an alias made a live id is an error; put back, the build passes again', async () => {
      const [first] = ids();
      const { build } = await afterEdit((text) => {
        const data = JSON.parse(text) as { aliases: Record<string, string | null> };
        data.aliases[first!] = null;
        return JSON.stringify(data, null, 2);
      });
      expect(build.output).toContain(`\`${first}\` is a live event and an alias at once`);
      const again = await project.build();
      expect(again.code, again.output).toBe(0);
      expect(readFileSync(ledgerFile, 'utf8')).toBe(original);
    });
  });
});
