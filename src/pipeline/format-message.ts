import type { ContentMessage } from './types.ts';

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
