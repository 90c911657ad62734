/** The largest page the import reads, in bytes: a saved article is well under it; more is a whole site or a data dump. */
const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/** A page's text and the encoding it was read in, or why it cannot be read. */
export type DecodedPage = { ok: true; text: string; encoding: string; source: string } | { ok: false; reason: string };

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`, in the first bytes of a page. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
/** `<?xml version="1.0" encoding="…"?>`, for XHTML. */
const XML_ENCODING = /^<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** Line and column of a byte offset, counting the text before it in the given encoding. */
function place(bytes: Uint8Array, offset: number, encoding: string): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  const column = new TextDecoder(encoding).decode(bytes.subarray(start, offset)).length + 1;
  return `line ${line}, column ${column}`;
}

/** The first offset at which strict decoding fails, by halving (only once decoding has failed: log n decodings). */
function firstBadByte(bytes: Uint8Array, encoding: string): number {
  const fits = (end: number) => {
    try {
      // Streaming: a character cut at `end` waits for its next bytes, it is no error.
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  // `low` may end inside the broken character (streaming waited for its next bytes): step back to its start.
  for (let start = low; start > Math.max(0, low - 4); start--) {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, start));
      return start;
    } catch {
      // the character before `start` is cut or broken
    }
  }
  return Math.max(0, low - 4);
}

/**
 * Decode a saved page by the character encoding it declares or shows, never
 * into mojibake: a byte order mark (UTF-8, UTF-16) first; else, for a web
 * page, the `<meta charset>` (or `http-equiv` Content-Type, or XML
 * declaration) in its first 1,024 bytes, as browsers read it; else the
 * encoding given (`--charset`); else UTF-8, when the bytes are UTF-8. Any
 * WHATWG encoding (`TextDecoder`: windows-1251, shift_jis, gbk, euc-kr,
 * iso-8859-x…) is read. A label no encoding has, bytes that are not what is
 * declared, and a page that declares nothing and is not UTF-8 are refused
 * with the reason, the place of the first bad byte and what to do; so is a
 * page over 8 MB.
 *
 * @param bytes - The file.
 * @param html - Whether it is a web page (look for a declared charset).
 * @param given - An encoding the editor gave (`--charset`), or `null`.
 * @returns The text, the encoding and where it came from; or why it cannot be read.
 */
export function decodePage(bytes: Uint8Array, html: boolean, given: string | null): DecodedPage {
  if (bytes.length > MAX_PAGE_BYTES)
    return {
      ok: false,
      reason: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the import reads pages up to ${MAX_PAGE_BYTES / 1024 / 1024} MB: save only the article (in a browser, "Save page as…", "Web page, HTML only"), or copy its text into a .txt capture`,
    };
  let encoding: string | null = null;
  let source = '';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    [encoding, source] = ['utf-8', 'its byte order mark'];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, source] = ['utf-16le', 'its byte order mark'];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, source] = ['utf-16be', 'its byte order mark'];
  let label: string | null = null;
  if (!encoding && given) [label, source] = [given, `--charset ${given}`];
  else if (!encoding && html) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
    const declared = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null;
    if (declared) [label, source] = [declared, `the page's declared charset (${declared})`];
  }
  if (label) {
    try {
      encoding = new TextDecoder(label).encoding;
    } catch {
      return {
        ok: false,
        reason: `${source === `--charset ${label}` ? `--charset ${label}` : `the page declares the charset \`${label}\``}, which is no character encoding the import knows (WHATWG names such as utf-8, windows-1252, windows-1251, iso-8859-2, shift_jis, gbk, euc-kr): ${source.startsWith('--') ? 'give one of those' : 'give the right one with --charset'}`,
      };
    }
    // A page that says UTF-16 in its markup is not (the markup itself would not be readable so): browsers read UTF-8.
    if (encoding.startsWith('utf-16') && !source.startsWith('--')) encoding = 'utf-8';
  }
  const stated = encoding !== null;
  encoding ??= 'utf-8';
  source ||= 'UTF-8 (the page declares no charset)';
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { ok: true, text, encoding, source };
  } catch {
    const bad = firstBadByte(bytes, encoding);
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const where = place(bytes, bad, encoding);
    return {
      ok: false,
      reason: stated
        ? `byte 0x${hex} (${where}) is not ${encoding} text, though ${source} says it is: give the right encoding with --charset, like --charset windows-1252`
        : `the page does not declare its character encoding and is not UTF-8 (byte 0x${hex}, ${where}): give it with --charset, like --charset windows-1252 (Western), windows-1251 (Cyrillic) or shift_jis (Japanese)`,
    };
  }
}
