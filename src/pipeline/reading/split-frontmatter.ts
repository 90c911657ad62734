/** The parts of an article file, or why it could not be split. */
export type FrontmatterSplit =
  | { ok: true; yaml: string; yamlLine: number; body: string; bodyLine: number }
  | { ok: false; line: number; rule: string; reason: string };

/**
 * Split an article into its YAML frontmatter and Markdown body. The file must
 * open with a `---` line and the frontmatter must close with another. A byte
 * order mark and CRLF line endings are accepted.
 *
 * @param text - The whole file.
 * @returns The YAML text and body with the 1-based lines where each begins, or an error with its line.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    const fence = /^---\s*\S/.test(lines[0] ?? '');
    return {
      ok: false,
      line: 1,
      rule: 'frontmatter-fence',
      reason: fence
        ? `the frontmatter fence must be a plain \`---\` line (found \`${lines[0]!.slice(0, 20)}\`): only YAML frontmatter is read`
        : 'the file must start with a `---` line opening the YAML frontmatter (title, published, ...)',
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close < 0) {
    return {
      ok: false,
      line: 1,
      rule: 'frontmatter-fence',
      reason: 'the frontmatter opened on line 1 is never closed: add a `---` line after it',
    };
  }
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
