import type { ContentMessage } from './model/index.ts';

/**
 * Format a content message the way compilers and linters do, one line each:
 * `content/articles/x.md:3:1: error: \`published\` is not a real calendar day [frontmatter-field]`.
 *
 * @param message - The message.
 * @returns One line of text.
 */
export function formatMessage(message: ContentMessage): string {
  const field = message.field ? ` (field \`${message.field}\`)` : '';
  return `${message.file}:${message.line}:${message.column}: ${message.severity}: ${message.reason}${field} [${message.rule}]`;
}

/**
 * Order content messages for reading: errors before warnings, then by file,
 * line and column.
 *
 * @param a - A message.
 * @param b - Another message.
 * @returns Negative, zero or positive, as `Array.prototype.sort` expects.
 */
export function compareMessages(a: ContentMessage, b: ContentMessage): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
