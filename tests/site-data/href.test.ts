import { describe, expect, it } from 'vitest';
import { absoluteHref, href } from '../../src/site/href.ts';

describe('href', () => {
  it('puts a site path under the base path, keeping its query and fragment', () => {
    expect(href('/', '/')).toBe('/');
    expect(href('/events/x/', '/')).toBe('/events/x/');
    expect(href('/', '/story/')).toBe('/story/');
    expect(href('/events/x/#c-1', '/story/')).toBe('/story/events/x/#c-1');
    expect(href('/search/?q=kursk', '/story/')).toBe('/story/search/?q=kursk');
    expect(href('/pagefind/pagefind.js', '/a/b/')).toBe('/a/b/pagefind/pagefind.js');
  });

  it('uses the base the site is built for when none is given (here, the root)', () => {
    expect(href('/about/')).toBe('/about/');
  });

  describe('edge cases', () => {
    it('reads a base written without its last slash as a folder', () => {
      expect(href('/events/x/', '/story')).toBe('/story/events/x/');
    });

    it('leaves a fragment or query alone: it stays on the page', () => {
      expect(href('#m2024-10', '/story/')).toBe('#m2024-10');
      expect(href('?q=1', '/story/')).toBe('?q=1');
    });

    it('refuses what is not a site path, rather than write a link that breaks under a base', () => {
      expect(() => href('events/x/', '/story/')).toThrow(/not a site path/);
      expect(() => href('https://example.org/', '/')).toThrow(/not a site path/);
      expect(() => href('', '/')).toThrow(/not a site path/);
    });
  });
});

describe('absoluteHref', () => {
  it('gives the full address on the site origin, under the base', () => {
    expect(absoluteHref('/events/x/', 'https://news.example.org', '/story/')).toBe(
      'https://news.example.org/story/events/x/',
    );
    expect(absoluteHref('/', new URL('http://localhost:4321'), '/')).toBe('http://localhost:4321/');
  });

  describe('edge cases', () => {
    it('keeps the fragment and escapes what a URL must', () => {
      expect(absoluteHref('/articles/a b/#c-1', 'https://x.org', '/')).toBe('https://x.org/articles/a%20b/#c-1');
    });
  });
});
