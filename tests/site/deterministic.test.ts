import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy.ts';

/**
 * The build depends on the articles and nothing else: the same content built
 * again, in time zones a day apart (Kiritimati is UTC+14, Adak UTC-10 or -9),
 * and with the clock a year ahead gives byte-identical `dist/` folders.
 */
const clockAhead = fileURLToPath(new URL('../support/clock-ahead.mjs', import.meta.url));
const variants = {
  first: {},
  again: {},
  kiritimati: { TZ: 'Pacific/Kiritimati' },
  adak: { TZ: 'America/Adak' },
  'a year ahead': { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${clockAhead}`.trim() },
} satisfies Record<string, Record<string, string>>;
const copies = Object.fromEntries(Object.keys(variants).map((name) => [name, projectCopy(true)]));
const digests: Record<string, Map<string, string>> = {};

/** Every file of a dist/ folder and the SHA-256 of its bytes. */
function digest(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dist, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

beforeAll(async () => {
  const names = Object.keys(variants) as Array<keyof typeof variants>;
  // Two at a time: the machines have two cores.
  for (let i = 0; i < names.length; i += 2) {
    await Promise.all(
      names.slice(i, i + 2).map(async (name) => {
        const result = await copies[name]!.build(variants[name]);
        expect(result.code, `${name}: ${result.output}`).toBe(0);
        digests[name] = digest(path.join(copies[name]!.dir, 'dist'));
      }),
    );
  }
}, 300_000);
afterAll(() => {
  for (const copy of Object.values(copies)) copy.remove();
});

describe('deterministic builds', () => {
  it('writes a complete site', () => {
    const files = [...digests.first!.keys()];
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain('index.html');
    expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
  });

  for (const name of ['again', 'kiritimati', 'adak', 'a year ahead'] as const) {
    it(`gives byte-identical dist/ when built ${name === 'again' ? 'again' : name === 'a year ahead' ? 'with the clock a year ahead' : `under the ${name} time zone`}`, () => {
      const first = digests.first!;
      const other = digests[name]!;
      const differ = [...new Set([...first.keys(), ...other.keys()])].filter(
        (file) => first.get(file) !== other.get(file),
      );
      expect(differ).toEqual([]);
    });
  }
});
