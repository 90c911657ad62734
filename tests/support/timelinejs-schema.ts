import { z } from 'zod';

/**
 * The JSON format of TimelineJS3 as its documentation describes it (Knight
 * Lab, "JSON format"), for tests of `timelinejs.json`: an object with
 * `events` (slides), an optional `title` slide, `eras` and `scale`. A slide
 * has a `start_date` (all but the title), an optional `end_date`, `text`
 * (`headline`, `text` as HTML), `media`, `group`, `display_date`,
 * `background`, `autolink` and `unique_id`; a date has a `year` and, finer,
 * `month` (1–12), `day`, `hour`, `minute`, `second`, `millisecond`, and its
 * own `display_date`. Strict objects: a misspelt key fails the test, as it
 * would be ignored by TimelineJS.
 */
export const timelineJsDateSchema = z.strictObject({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  hour: z.number().int().min(0).max(23).optional(),
  minute: z.number().int().min(0).max(59).optional(),
  second: z.number().int().min(0).max(59).optional(),
  millisecond: z.number().int().min(0).max(999).optional(),
  display_date: z.string().optional(),
});

const textSchema = z.strictObject({ headline: z.string().optional(), text: z.string().optional() });
const mediaSchema = z.strictObject({
  url: z.string(),
  caption: z.string().optional(),
  credit: z.string().optional(),
  thumbnail: z.string().optional(),
  alt: z.string().optional(),
  title: z.string().optional(),
  link: z.string().optional(),
  link_target: z.string().optional(),
});
const slideFields = {
  end_date: timelineJsDateSchema.optional(),
  text: textSchema.optional(),
  media: mediaSchema.optional(),
  group: z.string().optional(),
  display_date: z.string().optional(),
  background: z
    .strictObject({ url: z.string().optional(), color: z.string().optional(), alt: z.string().optional() })
    .optional(),
  autolink: z.boolean().optional(),
  unique_id: z.string().optional(),
};

/** A TimelineJS3 file. */
export const timelineJsSchema = z.strictObject({
  events: z.array(z.strictObject({ start_date: timelineJsDateSchema, ...slideFields })).min(1),
  title: z.strictObject({ start_date: timelineJsDateSchema.optional(), ...slideFields }).optional(),
  eras: z
    .array(
      z.strictObject({ start_date: timelineJsDateSchema, end_date: timelineJsDateSchema, text: textSchema.optional() }),
    )
    .optional(),
  scale: z.enum(['human', 'cosmological']).optional(),
});

/** A TimelineJS3 date as a sortable number, its missing parts at their start. */
export const timelineJsOrdinal = (date: z.infer<typeof timelineJsDateSchema>): number =>
  date.year * 10_000 + (date.month ?? 1) * 100 + (date.day ?? 1);
