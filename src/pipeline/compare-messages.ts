import type { ContentMessage } from './types.ts';

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
