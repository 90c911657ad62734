import { parseLedger } from '../events/index.ts';
import type { ContentMessage, Ledger } from '../model/index.ts';

/** How to undo a hand edit of the ledger, said in every message about one. */
const UNDO = 'restore it with `git checkout -- content/permalinks.json` (or from your last commit of it)';

/** Where each key of the JSON text's objects is, by its path (`events/<id>`), and the keys given twice. */
interface KeyLines {
  lines: Map<string, number>;
  duplicates: Array<{ path: string; lines: number[] }>;
}

/**
 * Find every object key of a JSON text with its line, and the keys an object
 * gives twice, which `JSON.parse` hides (the last wins, silently): one pass
 * over the text, for text that `JSON.parse` accepted.
 *
 * @param text - Valid JSON.
 * @returns The lines of keys by path, and the duplicates with all their lines.
 */
function keyLines(text: string): KeyLines {
  const lines = new Map<string, number>();
  const duplicates: KeyLines['duplicates'] = [];
  // The stack of containers: for an object, its path, its keys with their lines, and the key just read (its value comes next).
  const stack: Array<{ object: boolean; path: string; key: string | null; keys: Map<string, number[]> }> = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') line++;
    else if (char === '{' || char === '[') {
      const parent = stack.at(-1);
      const path = parent ? `${parent.path}${parent.key ?? '[]'}/` : '';
      stack.push({ object: char === '{', path, key: null, keys: new Map() });
      if (parent?.object) parent.key = null;
    } else if (char === '}' || char === ']') {
      const done = stack.pop()!;
      for (const [key, at] of done.keys) if (at.length > 1) duplicates.push({ path: `${done.path}${key}`, lines: at });
    } else if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      let after = end + 1;
      while (/\s/.test(text[after] ?? '')) after++;
      if (top?.object && text[after] === ':') {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const at = top.keys.get(key);
        if (at) at.push(line);
        else top.keys.set(key, [line]);
        lines.set(`${top.path}${key}`, line);
        top.key = key;
      } else if (top?.object) top.key = null;
      i = end;
    } else if (char === ',' && stack.at(-1)?.object) stack.at(-1)!.key = null;
  }
  duplicates.sort((a, b) => a.lines.at(-1)! - b.lines.at(-1)!);
  return { lines, duplicates };
}

/**
 * Read and validate the ledger of published event ids
 * (`content/permalinks.json`), which only the build writes and only by adding
 * to it: beyond its JSON and shape (`parseLedger`), each hand edit that would
 * lose or move a published link is an error naming the line, saying how to
 * undo it: a key given twice (`JSON.parse` keeps the last, and a published
 * address moves to another event), an id both live and an alias, an alias to
 * an id that is not a live event, two events of one age or holding the same
 * claim, and, when the site was built before (`published`: the ids of
 * `dist/events/`), an id published there that the ledger no longer holds, or
 * no ledger at all beside the built site.
 *
 * @param text - The ledger's text, or `null` when there is no file.
 * @param file - Its path, for messages.
 * @param published - Event ids the built site holds pages for, or `null` when there is no built site.
 * @returns The ledger (`null` when there is none, or it is unusable) and the problems.
 */
export function checkLedger(
  text: string | null,
  file: string,
  published: readonly string[] | null,
): { ledger: Ledger | null; messages: ContentMessage[] } {
  const error = (line: number, rule: string, reason: string): ContentMessage => ({
    file,
    line,
    column: 1,
    rule,
    severity: 'error',
    reason,
  });
  if (text === null) {
    if (!published?.length) return { ledger: null, messages: [] };
    return {
      ledger: null,
      messages: [
        error(
          1,
          'ledger-missing',
          `missing, but dist/ holds a built site with ${published.length} published event pages: without it every published event link would break; ${UNDO}, or delete dist/ if you mean to start a new site`,
        ),
      ],
    };
  }
  const parsed = parseLedger(text, file);
  if (!parsed.ledger) return parsed;
  const { lines, duplicates } = keyLines(text);
  const messages: ContentMessage[] = [];
  for (const { path, lines: at } of duplicates) {
    const key = path.slice(path.lastIndexOf('/') + 1);
    messages.push(
      error(
        at.at(-1)!,
        'ledger-duplicate',
        `\`${key}\` is given ${at.length} times (lines ${at.join(', ')}): only the last would count, and a published address would move to another event; ${UNDO}`,
      ),
    );
  }
  const { events, aliases } = parsed.ledger;
  for (const [id, target] of Object.entries(aliases)) {
    const line = lines.get(`aliases/${id}`) ?? 1;
    if (id in events)
      messages.push(
        error(line, 'ledger-alias', `\`${id}\` is a live event and an alias at once: its page would be both; ${UNDO}`),
      );
    else if (target !== null && !(target in events))
      messages.push(
        error(
          line,
          'ledger-alias',
          `the alias \`${id}\` points at \`${target}\`, which is no live event of the ledger: its link would be lost; ${UNDO}`,
        ),
      );
  }
  const byAge = new Map<number, string>();
  const owner = new Map<string, string>();
  for (const [id, entry] of Object.entries(events)) {
    const line = lines.get(`events/${id}`) ?? 1;
    const older = byAge.get(entry.n);
    if (older)
      messages.push(
        error(
          line,
          'ledger-edited',
          `\`${id}\` has the age (n ${entry.n}) of \`${older}\`: which id survives a merge would change; ${UNDO}`,
        ),
      );
    byAge.set(entry.n, id);
    for (const claim of entry.claims) {
      const other = owner.get(claim);
      if (other && other !== id)
        messages.push(
          error(
            line,
            'ledger-edited',
            `the claim \`${claim}\` is held by \`${other}\` and \`${id}\`: its event's address could move; ${UNDO}`,
          ),
        );
      owner.set(claim, id);
    }
  }
  const lost = (published ?? []).filter((id) => !(id in events) && !(id in aliases));
  if (lost.length)
    messages.push(
      error(
        1,
        'ledger-lost',
        `${lost.length} event id${lost.length === 1 ? '' : 's'} published in dist/ ${lost.length === 1 ? 'is' : 'are'} no longer in the ledger (${lost
          .slice(0, 3)
          .map((id) => `\`${id}\``)
          .join(
            ', ',
          )}${lost.length > 3 ? ', …' : ''}): ${lost.length === 1 ? 'its link' : 'their links'} would break; ${UNDO}`,
      ),
    );
  return messages.length ? { ledger: null, messages } : parsed;
}

/**
 * The ids of a ledger that a new one no longer holds, live or as aliases: the
 * build only ever adds, so any is a fault to stop on, not a ledger to write.
 *
 * @param before - The ledger read.
 * @param after - The ledger the build would write.
 * @returns The ids lost, in order.
 */
export function lostLedgerIds(before: Ledger | null, after: Ledger): string[] {
  if (!before) return [];
  return [...Object.keys(before.events), ...Object.keys(before.aliases)].filter(
    (id) => !(id in after.events) && !(id in after.aliases),
  );
}
