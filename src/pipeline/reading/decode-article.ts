import type { ContentMessage } from '../model/index.ts';

/** The text of an article file, or why its bytes are not UTF-8 text. */
export type DecodedArticle = { ok: true; text: string } | { ok: false; message: ContentMessage };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode the bytes of an article file as UTF-8, strictly: a byte that is not
 * UTF-8 (a file saved as Latin-1 or Windows-1252, say) is an error naming the
 * line and column of the first bad byte, never a silent U+FFFD. A UTF-8 byte
 * order mark is dropped; a UTF-16 file is recognised by its byte order mark.
 *
 * @param bytes - Contents of the file.
 * @param file - Path of the file, as it should appear in messages.
 * @returns The text, or an error message with its line and column.
 */
export function decodeArticle(bytes: Uint8Array, file: string): DecodedArticle {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const error = (line: number, column: number, reason: string): DecodedArticle => ({
      ok: false,
      message: { file, line, column, rule: 'file-encoding', severity: 'error', reason },
    });
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return error(1, 1, 'the file is UTF-16 text: save it as UTF-8');
    }
    const bad = firstInvalidByte(bytes);
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < bad; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    // The bytes before the bad one are valid UTF-8: decode them to count characters.
    const column = decoder.decode(bytes.subarray(lineStart, bad)).replace(/^\uFEFF/, '').length + 1;
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return error(
      line,
      column,
      `byte 0x${hex} is not UTF-8 text (was the file saved as Latin-1 or Windows-1252?): save it as UTF-8`,
    );
  }
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8
 * sequence (Unicode, table 3-7): no overlong forms, no surrogates, nothing
 * above U+10FFFF, no truncated sequence.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i; // the character that starts here is broken
    }
    i += length;
  }
  return bytes.length;
}
