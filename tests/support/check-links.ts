import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Config, type HtmlElement, Parser } from 'html-validate';

/** The elements and attributes that hold a link (`srcset` holds several). */
const LINK_ATTRIBUTES: ReadonlyArray<readonly [string, string]> = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['script', 'src'],
  ['source', 'src'],
  ['source', 'srcset'],
  ['iframe', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['form', 'action'],
  ['button', 'formaction'],
  ['input', 'formaction'],
];
/** `content` of `<meta http-equiv="refresh">`: a delay, then optionally `url=`. */
const REFRESH = /^\s*\d+(?:\.\d*)?\s*(?:[;,]\s*(?:url\s*=\s*)?(['"]?)(.*?)\1\s*)?$/i;

interface Page {
  /** Every element `id` on the page. */
  ids: Set<string>;
  /** Where its `<meta http-equiv="refresh">` sends the reader (`''` when it names no URL), or null. */
  redirect: string | null;
  /** Every link on the page, as written (entities decoded). */
  links: string[];
}

/**
 * Check, without going online, every link of a built static site: the internal
 * `href`/`src`/`srcset`/`action` of every HTML page and its
 * `<meta http-equiv="refresh">`, and the URLs of every XML file in it (a
 * sitemap's `<loc>`, an Atom feed's `<link href>`).
 *
 * - An internal link (root-relative, relative, or absolute on `origin`) must
 *   name a file in `dist`: `/x/` is `/x/index.html`; `/x` where `/x/index.html`
 *   exists is broken (the site's URLs end in a slash). Queries are ignored.
 * - A `#fragment`, on the same page or another, must be the `id` of an element
 *   of the target page (an empty `#` is the top of the page).
 * - A redirect page must point at a page that is not itself a redirect (no
 *   chains), and no other page or feed links to a redirect page.
 * - Every other link must be `http:` or `https:`, or `mailto:` (which articles
 *   may hold: `src/pipeline/render-article.ts` keeps web, mail and site links);
 *   those are listed, not fetched.
 * - XML files must use absolute URLs on `origin`.
 * - With a base path (a site served under `/story/`), every internal link
 *   must be under it: `/story/x/` is `x/index.html` in `dist`, and `/x/` is
 *   broken (it leaves the site).
 *
 * @param dist The directory of the built site.
 * @param origin The site's origin, e.g. `http://localhost:4321`: absolute links on it are internal.
 * @param base The path the site is served under (`/` or `/story/`).
 * @returns The broken links (file relative to `dist`, the link as written, what is wrong),
 *   the external links (sorted, unique), and how many pages and links were checked.
 */
export async function checkLinks(
  dist: string,
  origin: string,
  base = '/',
): Promise<{
  broken: Array<{ file: string; link: string; problem: string }>;
  external: string[];
  pages: number;
  links: number;
}> {
  origin = new URL(origin).origin;
  base = base.endsWith('/') ? base : `${base}/`;
  const files = new Set(listFiles(dist));
  const config = await Config.defaultConfig().resolve();
  const pages = new Map<string, Page>();
  for (const file of [...files].filter((f) => f.endsWith('.html'))) {
    pages.set(file, readPage(new Parser(config).parseHtml(readFileSync(path.join(dist, file), 'utf8'))));
  }

  const broken: Array<{ file: string; link: string; problem: string }> = [];
  const external = new Set<string>();
  let links = 0;
  /** Check one link of `file`; `from` is the URL it is read against, `kind` says how it is used. */
  const check = (file: string, link: string, from: string, kind: 'link' | 'redirect' | 'xml'): void => {
    links++;
    const fail = (problem: string) => void broken.push({ file, link, problem });
    let url: URL;
    try {
      url = new URL(link, from);
    } catch {
      return fail('not a URL');
    }
    if (url.protocol === 'mailto:' && kind === 'link') return void external.add(url.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(`not an http(s) link (${url.protocol})`);
    if (kind === 'xml' && !link.startsWith(`${origin}${base}`)) return fail(`not an absolute URL on ${origin}${base}`);
    if (url.origin !== origin) return void external.add(url.href);

    const pathname = decode(url.pathname);
    if (pathname === null) return fail('malformed %-escape');
    if (!`${pathname}/`.startsWith(base)) return fail(`outside the base path ${base}`);
    const inside = pathname.slice(base.length - 1);
    if (!inside) return fail(`no trailing slash: the page is ${base}`);
    const target = inside.endsWith('/') ? `${inside.slice(1)}index.html` : inside.slice(1);
    if (!files.has(target)) {
      return fail(
        files.has(`${target}/index.html`) ? `no trailing slash: the page is ${pathname}/` : `no file ${target} in dist`,
      );
    }
    const page = pages.get(target);
    if (page?.redirect != null)
      return fail(
        kind === 'redirect'
          ? `a redirect to a redirect (chain): ${pathname} redirects again`
          : `goes through the redirect page ${pathname}: link to its target`,
      );
    if (kind === 'redirect' && !page) return fail(`a redirect to ${target}, which is not a page`);
    const fragment = decode(url.hash.slice(1));
    if (fragment === null) return fail('malformed %-escape');
    if (!fragment) return;
    if (!page) return fail(`a #fragment on ${target}, which is not a page`);
    if (!page.ids.has(fragment)) fail(`no element with id="${fragment}" on ${pathname}`);
  };

  for (const [file, page] of pages) {
    const url = `${origin}${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const link of page.links) check(file, link, url, 'link');
    if (page.redirect === '') broken.push({ file, link: '(meta refresh)', problem: 'a refresh that names no URL' });
    else if (page.redirect != null) check(file, page.redirect, url, 'redirect');
  }
  for (const file of [...files].filter((f) => f.endsWith('.xml'))) {
    const xml = readFileSync(path.join(dist, file), 'utf8');
    const urls = [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>|<link\b[^>]*?\bhref="([^"]*)"/g)].map((m) =>
      decodeEntities(m[1] ?? m[2]!),
    );
    for (const url of urls) check(file, url, `${origin}${base}`, 'xml');
  }
  return { broken, external: [...external].sort(), pages: pages.size, links };
}

/** Every file under `dir`, as a path relative to it with `/` separators. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const relative = prefix ? `${prefix}/${name}` : name;
      return statSync(path.join(dir, relative)).isDirectory() ? listFiles(dir, relative) : [relative];
    });
}

/** The ids, redirect and links of one parsed HTML page. */
function readPage(root: HtmlElement): Page {
  const attribute = (element: HtmlElement, key: string) => {
    const value = element.getAttributeValue(key);
    return value === null ? null : decodeEntities(value);
  };
  const ids = new Set(root.querySelectorAll('[id]').map((element) => attribute(element, 'id')!));
  const links = LINK_ATTRIBUTES.flatMap(([tag, key]) =>
    root.querySelectorAll(`${tag}[${key}]`).flatMap((element) => {
      const value = attribute(element, key)!.trim();
      // A srcset is "url descriptor, url descriptor".
      return key === 'srcset'
        ? value
            .split(',')
            .map((candidate) => candidate.trim().split(/\s+/)[0]!)
            .filter(Boolean)
        : [value];
    }),
  );
  const refresh = root
    .querySelectorAll('meta[http-equiv]')
    .find((meta) => attribute(meta, 'http-equiv')!.toLowerCase() === 'refresh');
  const content = refresh ? REFRESH.exec(attribute(refresh, 'content') ?? '') : null;
  return { ids, links, redirect: refresh ? (content?.[2]?.trim() ?? '') : null };
}

/** `decodeURIComponent`, or null for a malformed %-escape. */
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Decode the character references of an attribute value or XML text. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name!] ?? whole),
  );
}
