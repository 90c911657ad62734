import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy.ts';

/**
 * Links that never break, tested the way they break in real life: build the
 * site, record every event URL, add articles (one joins an existing event,
 * one makes two published events one), rebuild, and check that every
 * recorded URL still resolves, to a page or to a redirect whose target is a
 * page, never to another redirect.
 */
const project = projectCopy(true);
afterAll(project.remove);
const write = (slug: string, body: string, published: string, outlet: string) =>
  writeFileSync(
    path.join(project.dir, `content/articles/${slug}.md`),
    `---\ntitle: "${slug}"\npublished: ${published}\noutlet: ${outlet}\n---\n\n${body}\n`,
  );
const page = (url: string) => {
  const file = path.join(project.dir, 'dist', url, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
};
const timeline = () =>
  JSON.parse(readFileSync(path.join(project.dir, 'dist/timeline.json'), 'utf8')) as {
    events: Array<{ id: string; url: string; aliases: string[]; claims: Array<{ article: string }> }>;
  };
const redirectOf = (html: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1] ?? null;

describe('links that never break', () => {
  it('keeps every published event URL working as articles are added and events merge', async () => {
    // First edition: the seeds and two wire reports of one missile test that do not (yet) read as one event.
    write(
      'wire-a',
      'The missile test on October 31 alarmed officials in Tokyo, who called an emergency meeting.',
      '2024-11-02',
      'Wire A',
    );
    write(
      'wire-b',
      'Seoul tracked the Hwasong-19 launch from Sunan on October 31 for 86 minutes.',
      '2024-11-03',
      'Wire B',
    );
    const first = await project.build();
    expect(first.code, first.output).toBe(0);
    const before = timeline();
    const recorded = before.events.map((event) => event.url);
    const june = before.events.find(
      (event) =>
        event.claims.some((claim) => claim.article.startsWith('us-military')) &&
        event.url.startsWith('/events/2024-06'),
    )!;
    const wireEvents = before.events.filter((event) => event.claims.some((claim) => claim.article.startsWith('wire-')));
    expect(wireEvents).toHaveLength(2);

    // Second edition: a report that joins the June treaty, and one that ties the two wire reports together.
    write(
      'wire-c',
      'The Hwasong-19 missile test from Sunan on October 31 alarmed Tokyo and Seoul, which tracked the launch.',
      '2024-11-04',
      'Wire C',
    );
    write(
      'treaty-recap',
      'Russia and North Korea signed the Comprehensive Strategic Partnership treaty in June 2024, formalizing their military agreement.',
      '2024-12-20',
      'Recap Daily',
    );
    const second = await project.build();
    expect(second.code, second.output).toBe(0);
    const after = timeline();

    // The event a new report joined keeps its id; the two wire events are one, under the older id.
    const juneAfter = after.events.find((event) => event.url === june.url)!;
    expect(juneAfter.claims.map((claim) => claim.article)).toContain('treaty-recap');
    const merged = after.events.filter((event) => event.claims.some((claim) => claim.article.startsWith('wire-')));
    expect(merged).toHaveLength(1);
    expect(merged[0]!.url).toBe(wireEvents[0]!.url);
    expect(merged[0]!.aliases).toEqual([wireEvents[1]!.url.split('/')[2]]);

    // Every URL recorded after the first build resolves: a page, or a redirect to a page.
    for (const url of recorded) {
      const html = page(url);
      expect(html, url).not.toBeNull();
      const target = redirectOf(html!);
      if (target) {
        const landing = page(target);
        expect(landing, `${url} -> ${target}`).not.toBeNull();
        expect(redirectOf(landing!), `${url} -> ${target} chains`).toBeNull();
      }
    }
    // And the ledger the build wrote records the merge, for every build after.
    const ledger = JSON.parse(readFileSync(path.join(project.dir, 'content/permalinks.json'), 'utf8')) as {
      aliases: Record<string, string>;
    };
    expect(ledger.aliases[wireEvents[1]!.url.split('/')[2]!]).toBe(wireEvents[0]!.url.split('/')[2]);
  });
});
