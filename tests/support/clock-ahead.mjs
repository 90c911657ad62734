/**
 * Preload (`node --import`) that moves the clock a year ahead, for the test
 * that builds must not depend on when they run: `Date.now()` and `new Date()`
 * report a time 366 days later.
 */
const OFFSET = 366 * 24 * 60 * 60 * 1000;
const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + OFFSET);
    else super(...args);
  }
  static now() {
    return RealDate.now() + OFFSET;
  }
}
globalThis.Date = ShiftedDate;
