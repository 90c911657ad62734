/**
 * Dates: the temporal expressions of a sentence, the tense of their clause, the interval each names against the publication date, and that interval as a label and as EDTF.
 *
 * @module
 */
export { dateSentence } from './date-sentence.ts';
export { findExpressions } from './find-expressions.ts';
export { formatLabel } from './format-label.ts';
export { toEdtf } from './to-edtf.ts';
export { isReportPeriod } from './date-sentence.ts';
