import type { Quantity } from '../model/index.ts';

// A figure, an optional "of these", an optional nationality, then a word for troops. Linear: one pass.
const QUANTITY =
  /\b((?:up to|about|around|approximately|nearly|almost|over|more than|some|at least|roughly)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+(?:of\s+(?:these|the|those)\s+)?((?:North\s+Korean|Russian|Ukrainian)\s+)?(troops|soldiers|forces|fighters|personnel|servicemen)\b/gi;

/**
 * Find the counts of troops a sentence reports, and what they count: troops
 * sent or stationed, troops at or moving to the front, casualties, or a
 * projection ("could send up to 100,000"). Sentences without a nationality
 * count troops of North Korea when they speak of it.
 *
 * @param sentence - Plain text of the sentence.
 * @returns The quantities in order.
 */
export function findQuantities(sentence: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of sentence.matchAll(QUANTITY)) {
    const value = Number(match[2]!.replace(/,/g, ''));
    if (value < 100) continue; // "two soldiers": an anecdote, not a force
    const around = sentence.slice(Math.max(0, match.index - 40), match.index + match[0].length + 80).toLowerCase();
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 80).toLowerCase();
    const before = sentence.slice(Math.max(0, match.index - 30), match.index).toLowerCase();
    const kind: Quantity['kind'] = /\b(?:killed|injured|wounded|dead|died|casualties|losses)\b/.test(after)
      ? 'casualties'
      : /\b(?:could|may|might|would|plans?|expected to)\b/.test(before) ||
          /\b(?:could|may|might)\b/.test(after.slice(0, 20))
        ? 'projected'
        : /\b(?:combat zones?|front\s?lines?|the front|into combat|toward combat)\b/.test(after)
          ? 'at-front'
          : 'deployed';
    const nationality =
      match[3]?.trim().toLowerCase().replace(/\s+/g, '-') ??
      (/\bnorth korea/.test(around) || /\bnorth korea/i.test(sentence) ? 'north-korean' : null);
    quantities.push({
      value,
      subject: nationality ? `${nationality}-troops` : 'troops',
      kind,
      text: match[0],
    });
  }
  return quantities;
}
