import { z } from 'zod';
import { precisions } from './precisions.ts';

/** An inclusive ISO calendar day, `YYYY-MM-DD`. */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An inclusive ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = z.infer<typeof isoDaySchema>;

/**
 * How precisely a date is known. `day` is a single day; `days` an explicit run
 * of days (`1–9 Dec 2024`); `week` a Monday-to-Sunday week; `month-part` the
 * early/mid/late third of a month; `months` a run of whole months
 * (`Jun–Aug 2024`); `year-part` the early/mid/late third of a year; `month`,
 * `season`, `quarter`, `half`, `year` the whole of that period (`year` also
 * covers a run of whole years).
 */
export const precisionSchema = z.enum(precisions);
/** How precisely a date is known (`precisionSchema`). */
export type Precision = z.infer<typeof precisionSchema>;

/** Whether a sentence reports the past or announces the future. */
export const tenseSchema = z.enum(['past', 'future']);

/** An inclusive interval of days with its honest precision. */
export const intervalSchema = z.object({
  start: isoDaySchema,
  end: isoDaySchema,
  precision: precisionSchema,
});
/** An inclusive interval of days with its honest precision. */
export type Interval = z.infer<typeof intervalSchema>;

/** A resolved temporal expression: an interval with its human and machine-readable names. */
export const resolvedDateSchema = intervalSchema.extend({
  /** Human label, e.g. `4 Dec 2024`, `early Oct 2024`, `autumn 2024`. */
  label: z.string(),
  /** The same in EDTF (ISO 8601-2): `2024-12-04`, `2024-10-01/2024-10-10`, `2024-23`. */
  edtf: z.string(),
});
/** A resolved temporal expression: an interval with its human and machine-readable names. */
export type ResolvedDate = z.infer<typeof resolvedDateSchema>;
