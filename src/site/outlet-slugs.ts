/**
 * Give each outlet a path segment of its own: its name in lower case, runs of
 * anything but letters and digits made one hyphen ("Tampa Free Press" is
 * `tampa-free-press`), a number added when two names make the same segment,
 * `unnamed` for articles whose capture names no outlet. Deterministic: the
 * names are taken in sorted order.
 *
 * @param names - Outlet names (null for none), in any order, repeats allowed.
 * @returns Each name (and null) to its segment.
 */
export function outletSlugs(names: ReadonlyArray<string | null>): Map<string | null, string> {
  const slugs = new Map<string | null, string>();
  const taken = new Set<string>();
  const unique = [...new Set(names)].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  for (const name of unique) {
    const base =
      name === null
        ? 'unnamed'
        : name
            .normalize('NFKD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, '-')
            .replace(/^-|-$/g, '') || 'outlet';
    let slug = base;
    for (let n = 2; taken.has(slug) || (name !== null && slug === 'unnamed'); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}
