import { href, paths } from './href.ts';

/** What the embeds send: any site may frame them. */
export const EMBED_ANCESTORS = 'frame-ancestors *';
/** What every other page sends: only the site itself may frame it (no clickjacking). */
export const PAGE_ANCESTORS = "frame-ancestors 'self'";

/**
 * `_headers` for Netlify and Cloudflare Pages: the `frame-ancestors` policy
 * that a `<meta>` Content-Security-Policy cannot carry. The embeds
 * (`/embed/*`) may be framed by any site; the other pages only by the site
 * itself, with `X-Frame-Options: SAMEORIGIN` for browsers older than CSP 2.
 * Both hosts apply every rule whose pattern matches and join the values of a
 * header given twice, which would make the stricter policy win on the
 * embeds, so no two rules overlap: one for the front page and one for each
 * other top-level folder or page of the built site.
 *
 * @param sections - The top-level entries of `dist/` that hold pages: folder
 *   names (`events`) and page files (`404.html`); `embed` and asset folders
 *   are left to the caller.
 * @param base - The base path the site is built for.
 * @returns The file's text.
 */
export function headersFile(sections: readonly string[], base: string): string {
  const rule = (pattern: string, ...lines: string[]) => `${pattern}\n${lines.map((line) => `  ${line}\n`).join('')}`;
  const page = (pattern: string) =>
    rule(pattern, `Content-Security-Policy: ${PAGE_ANCESTORS}`, 'X-Frame-Options: SAMEORIGIN');
  const patterns = [...sections]
    .filter((name) => name !== 'embed')
    .sort()
    .map((name) => (name.endsWith('.html') ? href(`/${name}`, base) : `${href(`/${name}/`, base)}*`));
  return [
    '# Written by the build (src/site/headers.ts): who may show these pages in a frame.\n',
    rule(`${href(paths.embed, base)}*`, `Content-Security-Policy: ${EMBED_ANCESTORS}`),
    page(href(paths.home, base)),
    ...patterns.map(page),
  ].join('');
}
