import { href } from './href.ts';

/**
 * The `_redirects` file of Netlify and Cloudflare Pages: one permanent
 * redirect (301) a line, from each old address to its page, in order of the
 * old address. Both hosts read it from the root of the published folder; on
 * GitHub Pages, which has no redirects, the meta-refresh page at each old
 * address does the same. Netlify serves a file that exists at an address
 * instead of redirecting it unless the rule is forced (`301!`), and the
 * meta-refresh pages are such files, so its rules are forced; Cloudflare
 * Pages always redirects, and refuses the `!`.
 *
 * @param moves - Site paths: where each old address now is (`/events/old/` to `/events/new/`).
 * @param options - Whether to force the rules (Netlify), and the base path (by default the site's).
 * @returns The file's text.
 */
export function redirectRules(
  moves: ReadonlyArray<{ from: string; to: string }>,
  options: { force: boolean; base?: string },
): string {
  const lines = moves
    .map(({ from, to }) => `${href(from, options.base)} ${href(to, options.base)} 301${options.force ? '!' : ''}`)
    .sort();
  return `# Addresses of events that were merged into others: permanent redirects (written by the build).\n${lines.map((line) => `${line}\n`).join('')}`;
}
