import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/pipeline/reading/normalize-text.ts';

describe('normalizeText', () => {
  it('removes bidirectional controls, control characters and word-splitting invisibles, and says where the first was', () => {
    expect(normalizeText('author: Kim \u202Eevil\u202C\nTroops moved on Aug\u200Bust 6.')).toEqual({
      text: 'author: Kim evil\nTroops moved on August 6.',
      removed: { count: 3, line: 1, column: 13, first: 'U+202E RIGHT-TO-LEFT OVERRIDE' },
    });
    expect(normalizeText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f')).toEqual({
      text: 'abcdef',
      removed: { count: 5, line: 1, column: 2, first: 'U+0000 a control character' },
    });
    expect(normalizeText('plain text\n').removed).toBeNull();
  });

  describe('edge cases', () => {
    it('keeps tabs, line ends and every line number', () => {
      const text = 'one\u200B\r\ntwo\t\u2066x\u2069\rthree\n';
      const { text: out } = normalizeText(text);
      expect(out).toBe('one\r\ntwo\tx\rthree\n');
      expect(out.split(/\r\n|\r|\n/).length).toBe(text.split(/\r\n|\r|\n/).length);
    });

    it('composes (NFC), drops a byte order mark opening the text silently, and one inside with a word', () => {
      expect(normalizeText('\uFEFFcafe\u0301')).toEqual({ text: 'caf\u00e9', removed: null });
      expect(normalizeText('Ku\uFEFFrsk').text).toBe('Kursk');
    });

    it('removes joiners inside Latin, Greek and Cyrillic words, keeps them where they shape the text', () => {
      expect(normalizeText('Ku\u200Drsk Ки\u200Cев').text).toBe('Kursk Киев');
      expect(normalizeText('می\u200Cخواهم').text).toBe('می\u200Cخواهم'); // Persian: the non-joiner is spelling
      expect(normalizeText('\u{1F469}\u200D\u{1F692}').text).toBe('\u{1F469}\u200D\u{1F692}'); // one emoji
      expect(normalizeText('क्\u200Dष').text).toBe('क्\u200Dष');
    });

    it('turns line and paragraph separators into spaces', () => {
      expect(normalizeText('a\u2028b\u2029c')).toEqual({ text: 'a b c', removed: null });
    });

    it('leaves no bidirectional control or C0/C1 control but tab and line ends, whatever the text', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
          const { text: out } = normalizeText(text);
          expect(out).not.toMatch(
            /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F]/u,
          );
          expect(out.split('\n').length).toBe(text.normalize('NFC').split('\n').length);
        }),
      );
    });
  });
});
