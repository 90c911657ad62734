import { z } from 'zod';
import { claimSchema } from './claim.ts';
import { isoDaySchema, resolvedDateSchema } from './dates.ts';

/** Where sources disagree within an event or across the timeline. */
export const disagreementSchema = z.object({
  kind: z.enum(['date', 'number']),
  /** One sentence for readers: "Sources give different numbers of North Korean troops deployed: ...". */
  summary: z.string(),
  /** Each value reported, with the claims that report it. */
  values: z.array(z.object({ label: z.string(), claims: z.array(z.string()) })),
});
/** Where sources disagree (`disagreementSchema`). */
export type Disagreement = z.infer<typeof disagreementSchema>;

/** The article an event was first reported in. */
export const firstReportSchema = z.object({
  article: z.string(),
  outlet: z.string().nullable(),
  published: isoDaySchema,
});
/** The article an event was first reported in (`firstReportSchema`). */
export type FirstReport = z.infer<typeof firstReportSchema>;

/** One entry of the timeline: claims from one or more articles that describe the same happening. */
export const timelineEventSchema = resolvedDateSchema.extend({
  /** Readable permanent id: ISO start date first, then a few words. Never reused, never changed. */
  id: z.string(),
  /** Short, headline-like title written from the claims. */
  title: z.string(),
  /** Claims in order of report: earliest published article first. */
  claims: z.array(claimSchema).min(1),
  /** Named outlets that report the event, earliest report first. */
  outlets: z.array(z.string()),
  /** Number of distinct sources (named outlets, and articles whose outlet is not named). */
  corroboration: z.number().int().positive(),
  firstReport: firstReportSchema,
  disagreements: z.array(disagreementSchema),
  /** Old ids of events merged into this one; their pages redirect here. */
  aliases: z.array(z.string()),
  /** Ids of up to three other events about the same people or places, the closest first. */
  related: z.array(z.string()),
  /** How much the story's articles make of it (`weighEvent`; higher is more important): set once the corpus is built. */
  significance: z.number().optional(),
  /** Its best claim's sentence, plain text (`summariseEvent`): set once the corpus is built. */
  summary: z.string().optional(),
});
/** One entry of the timeline (`timelineEventSchema`). */
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

const eventId = z.string().regex(/^[a-z0-9-]+$/);

/**
 * The record of every event id ever published, kept in
 * `content/permalinks.json` so that links never break: each live id with the
 * claims it held and its age (`n`, smaller is older), and each retired id
 * with the id it now redirects to (`null`: the event was withdrawn).
 */
export const ledgerSchema = z.strictObject({
  events: z.record(eventId, z.strictObject({ n: z.number().int().positive(), claims: z.array(z.string()) })),
  aliases: z.record(eventId, z.string().nullable()),
});
/** The record of every event id ever published (`ledgerSchema`). */
export type Ledger = z.infer<typeof ledgerSchema>;
