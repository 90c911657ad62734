import { readFile } from 'node:fs/promises';
import type { ContentMessage } from '../pipeline/model/index.ts';

/**
 * Read an article file as text for a command-line tool, or report why it
 * cannot be read (`file-unreadable`, with the system's code) and give `null`.
 *
 * @param file - Path of the file.
 * @param messages - Where the problem goes.
 * @returns The text, or `null`.
 */
export async function readText(file: string, messages: ContentMessage[]): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    messages.push({
      file,
      line: 1,
      column: 1,
      rule: 'file-unreadable',
      severity: 'error',
      reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    });
    return null;
  }
}
