/**
 * Every precision a date can have, from the finest to the coarsest. The list
 * behind the `Precision` type, for schemas that validate it at run time.
 */
export const precisions = [
  'day',
  'days',
  'week',
  'month-part',
  'month',
  'months',
  'season',
  'quarter',
  'half',
  'year-part',
  'year',
] as const;
