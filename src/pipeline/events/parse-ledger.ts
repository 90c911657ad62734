import { z } from 'zod';
import { ledgerSchema, type ContentMessage, type Ledger } from '../model/index.ts';

/** The file: the ledger and a note for whoever opens it. */
const schema = z.strictObject({ note: z.string().optional(), ...ledgerSchema.shape });

/**
 * Read the ledger of published event ids (`content/permalinks.json`). A file
 * that is not valid JSON, or not a ledger, is an error naming the file and
 * line: building without it would silently break published links.
 *
 * @param text - Contents of the file.
 * @param file - Its path, for messages.
 * @returns The ledger, or `null` with the problem.
 */
export function parseLedger(text: string, file: string): { ledger: Ledger | null; messages: ContentMessage[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
    return {
      ledger: null,
      messages: [
        {
          file,
          line,
          column: 1,
          rule: 'ledger-json',
          severity: 'error',
          reason: `not valid JSON (${String((error as Error).message).split('\n')[0]}): restore it from version control`,
        },
      ],
    };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ledger: null,
      messages: [
        {
          file,
          line: 1,
          column: 1,
          rule: 'ledger-shape',
          severity: 'error',
          reason: `not a ledger of event ids (${issue.path.join('.') || 'top level'}: ${issue.message}): restore it from version control`,
        },
      ],
    };
  }
  return { ledger: { events: parsed.data.events, aliases: parsed.data.aliases }, messages: [] };
}
