import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/import/decode-page.ts';

/** Cyrillic (А–я, no Ё) in windows-1251: one byte a letter, 0xC0 up. */
const cp1251 = (text: string) =>
  new Uint8Array(
    [...text].map((char) => (/[А-я]/.test(char) ? char.charCodeAt(0) - 0x410 + 0xc0 : char.charCodeAt(0))),
  );
const latin1 = (text: string) => new Uint8Array([...text].map((char) => char.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodePage', () => {
  it('reads a page by the charset it declares, in a meta tag, http-equiv or an XML declaration', () => {
    const page = (head: string) => cp1251(`<html><head>${head}</head><body><p>Войска вошли в Курск.</p></body></html>`);
    for (const head of [
      '<meta charset="windows-1251">',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
      "<meta charset='cp1251'>",
    ]) {
      const decoded = decodePage(page(head), true, null);
      expect(decoded.ok && decoded.text).toContain('Войска вошли в Курск.');
      expect(decoded.ok && decoded.encoding).toBe('windows-1251');
    }
    const xml = decodePage(latin1('<?xml version="1.0" encoding="iso-8859-1"?><html><p>Café</p></html>'), true, null);
    expect(xml.ok && xml.text).toContain('Café');
    expect(decodePage(utf8('<p>Café, Курск</p>'), true, null)).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  describe('edge cases', () => {
    it('a byte order mark wins over what the markup says; --charset reads a capture that declares nothing', () => {
      const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1251"><p>Курск</p>')]);
      expect(decodePage(bom, true, null)).toMatchObject({ ok: true, encoding: 'utf-8', source: 'its byte order mark' });
      const capture = decodePage(cp1251('Войска вошли в Курск.'), false, 'windows-1251');
      expect(capture.ok && capture.text).toBe('Войска вошли в Курск.');
    });

    it('refuses, with the reason and what to do, instead of mojibake', () => {
      const undeclared = decodePage(latin1('<p>Line one</p>\n<p>Caf\u00e9</p>'), true, null);
      expect(undeclared).toEqual({
        ok: false,
        reason:
          'the page does not declare its character encoding and is not UTF-8 (byte 0xE9, line 2, column 7): give it with --charset, like --charset windows-1252 (Western), windows-1251 (Cyrillic) or shift_jis (Japanese)',
      });
      const lying = decodePage(latin1('<meta charset="utf-8"><p>Caf\u00e9</p>'), true, null);
      expect(!lying.ok && lying.reason).toContain(
        "byte 0xE9 (line 1, column 29) is not utf-8 text, though the page's declared charset (utf-8) says it is",
      );
      const unknown = decodePage(utf8('<meta charset="klingon-8"><p>x</p>'), true, null);
      expect(!unknown.ok && unknown.reason).toContain(
        'the page declares the charset `klingon-8`, which is no character encoding the import knows',
      );
      const given = decodePage(utf8('x'), false, 'nope');
      expect(!given.ok && given.reason).toContain('--charset nope, which is no character encoding');
    });

    it('refuses a page over 8 MB with its size', () => {
      const big = decodePage(new Uint8Array(9 * 1024 * 1024).fill(0x61), true, null);
      expect(!big.ok && big.reason).toContain('the file is 9.0 MB; the import reads pages up to 8 MB');
    });
  });
});
