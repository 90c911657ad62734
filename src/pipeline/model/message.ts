import { z } from 'zod';

/** A problem found in content: vfile style, with file, line, column and rule id. */
export const contentMessageSchema = z.object({
  /** Path of the article, relative to the working directory. */
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  /** Stable id of the check that failed, e.g. `frontmatter-field`. */
  rule: z.string(),
  /** Frontmatter field or other part concerned, when there is one. */
  field: z.string().optional(),
  /** One line, saying what is wrong and how to fix it. */
  reason: z.string(),
  /** `error` stops the build; `warning` skips just the part concerned. */
  severity: z.enum(['error', 'warning']),
});
/** A problem found in content (`contentMessageSchema`). */
export type ContentMessage = z.infer<typeof contentMessageSchema>;
