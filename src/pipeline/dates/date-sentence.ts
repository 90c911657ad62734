import { detectTense } from './detect-tense.ts';
import { findExpressions } from './find-expressions.ts';
import { resolveExpression } from './resolve-expression.ts';
import type { Interval, IsoDay, Tense, TemporalMention } from '../model/index.ts';

/** A temporal expression of a sentence with its resolution. */
export interface DatedMention {
  mention: TemporalMention;
  tense: Tense;
  /** `null` when the words name no real day, or a relative date has nothing to count from. */
  interval: Interval | null;
  /** What a relative date ("two days later") was counted from, when it was. */
  anchor: Interval | null;
}

/**
 * Find and resolve every temporal expression of one sentence. Each is read
 * against the publication date in the tense of its own clause; a date counted
 * from another ("two days later", "the next day") counts from the last date
 * this sentence already set, else from `previous` (the last date of the
 * preceding sentences of the paragraph), else it gets no interval.
 *
 * @param sentence - Plain text of the sentence.
 * @param published - Publication date of the article, `YYYY-MM-DD`.
 * @param previous - Last date set before this sentence in the same paragraph, if any.
 * @returns Expressions in order, resolved or not.
 */
export function dateSentence(sentence: string, published: IsoDay, previous: Interval | null = null): DatedMention[] {
  let last = previous;
  const mentions = findExpressions(sentence);
  const tenses = detectTense(
    sentence,
    mentions.map((mention) => mention.start),
  );
  return mentions.map((mention, i) => {
    const tense = tenses[i]!;
    const anchor = mention.value.kind === 'shift' ? last : null;
    const interval = resolveExpression(mention.value, published, tense, anchor);
    if (interval) last = interval;
    return { mention, tense, interval, anchor };
  });
}
