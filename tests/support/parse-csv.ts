/**
 * A strict RFC 4180 reader, for tests of `timeline.csv`: records end in CRLF,
 * a field is either bare (no comma, quote, CR or LF) or in double quotes with
 * each quote doubled. Anything else throws, so that a file a spreadsheet would
 * misread fails the test.
 *
 * @param text - The file's text.
 * @returns The records, each a list of fields.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`a quote inside a bare field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`a record must end in CRLF (at ${i})`);
  }
  if (record.length) throw new Error('the last record has no CRLF');
  return records;
}

/**
 * A field's text as it was before `csvField` neutralised a formula: the
 * single quote it put before `=`, `+`, `-`, `@` (or a tab, CR, full-width
 * form) taken off again.
 *
 * @param field - A field as `parseCsv` read it.
 * @returns The original text.
 */
export const csvText = (field: string): string =>
  /^'(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/.test(field) ? field.slice(1) : field;
