/**
 * Turn a title into an article slug (its file name and URL): ASCII lower
 * case, accents removed, apostrophes dropped, every other run of non-letters
 * a hyphen, and cut at a word boundary to at most `max` characters.
 *
 * @param title - The article's title.
 * @param max - Longest slug, in characters.
 * @returns The slug; empty when the title has no letters or digits.
 */
export function slugify(title: string, max = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : slug.slice(0, max)).replace(/-+$/, '');
}
