import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/pipeline/corpus/build-corpus.ts';

/** The HTML of one article's body, rendered through the whole pipeline. */
const render = (body: string) =>
  buildCorpus([{ file: 'content/articles/a.md', text: `---\ntitle: A\npublished: 2024-11-02\n---\n\n${body}\n` }], null)
    .articles[0]!.html;

describe('renderArticle', () => {
  it('marks each dated claim with a time element linked to its event', () => {
    const html = render('Seoul said on October 31 that pilots flew to Vladivostok.');
    expect(html).toMatch(
      /<a href="\/events\/2024-10-31-[a-z0-9-]+\/" class="claim-link"><time id="c-[a-z0-9]+" datetime="2024-10-31" title="31 Oct 2024" class="date">October 31<\/time><\/a>/,
    );
  });

  describe('edge cases', () => {
    it('keeps the words of links to script or data, without their address', () => {
      const html = render(
        'See [the memo](javascript:alert(8)), [this](data:text/html,hi) and [that](vbscript:x) on October 31.',
      );
      expect(html).not.toMatch(/javascript:|data:text|vbscript:/);
      expect(html).toContain('the memo');
      expect(html).toContain('that');
    });

    it('keeps links to the web, mail and the site, external ones without passing on the reader', () => {
      const html = render('See [a](https://example.org/x), [b](mailto:desk@example.org), [c](/events/) and [d](#top).');
      expect(html).toContain('<a href="https://example.org/x" rel="nofollow noopener noreferrer">');
      expect(html).toContain('href="mailto:desk@example.org"');
      expect(html).toContain('href="/events/"');
      expect(html).toContain('href="#top"');
    });

    it('drops raw HTML and turns images into their alt text', () => {
      const html = render(
        '<script>alert(1)</script>\n\n<iframe src="x"></iframe>\n\nA ![map of Kursk](https://example.org/map.png) and <img src=x onerror=alert(2)> here.',
      );
      expect(html).not.toMatch(/<script|<iframe|<img|onerror/);
      expect(html).toContain('map of Kursk');
    });
  });
});
