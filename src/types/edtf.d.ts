/** The parts of the `edtf` package (edtf.js) that Dateline uses; it ships no types. */
declare module 'edtf' {
  interface ExtDate {
    type: 'Date' | 'Season' | 'Interval' | 'Set' | 'List' | 'Century' | 'Decade' | 'Year';
    /** Earliest and latest instant covered, in milliseconds since the epoch (UTC). */
    min: number;
    max: number;
    /** 1 year, 2 month, 3 day (for `Date`). */
    precision?: number;
    /** Season code 21–41 (for `Season`). */
    season?: number;
    lower?: ExtDate;
    upper?: ExtDate;
    edtf: string;
  }
  /** Parse an EDTF string; throws on invalid input. */
  export default function edtf(value: string): ExtDate;
}
