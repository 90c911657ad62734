import { describe, expect, it } from 'vitest';
import { detectTense } from '../../../src/pipeline/dates/detect-tense.ts';

/** Tense at the first occurrence of `words` in `sentence`. */
const tenseAt = (sentence: string, words: string) => detectTense(sentence, [sentence.indexOf(words)])[0];
/** Tense of the date `words` of `sentence`, its end given too (what follows it counts). */
const tenseOf = (sentence: string, words: string) =>
  detectTense(sentence, [sentence.indexOf(words)], [sentence.indexOf(words) + words.length])[0];

describe('detectTense', () => {
  it('reads past-tense reports as past', () => {
    expect(tenseAt('The committee met on Tuesday to discuss aid.', 'Tuesday')).toBe('past');
    expect(tenseAt('Austin said on Saturday that he expects the troops to fight soon.', 'Saturday')).toBe('past');
  });

  it('reads will, is expected to, is scheduled, plans and may as future', () => {
    expect(tenseAt('Zelensky will address parliament on Tuesday.', 'Tuesday')).toBe('future');
    expect(tenseAt('The envoy is scheduled to arrive on Thursday.', 'Thursday')).toBe('future');
    expect(tenseAt('A second contingent may arrive in March.', 'March')).toBe('future');
    expect(tenseAt('Kyiv plans a new offensive in May.', 'May')).toBe('future');
  });

  it('uses the clause of each date', () => {
    const sentence = 'North Korea will hold elections in March, officials said on Monday.';
    expect(detectTense(sentence, [sentence.indexOf('March'), sentence.indexOf('Monday')])).toEqual(['future', 'past']);
  });

  describe('edge cases', () => {
    it('reads "was expected to" as past and "will be held" as future', () => {
      expect(tenseAt('Some 6,000 more troops were expected to arrive in May.', 'May')).toBe('past');
      expect(tenseAt('The US election will be held on November 5.', 'November')).toBe('future');
    });

    it('defaults to past without any marker, and answers for no offsets', () => {
      expect(tenseAt('On Friday, tension in Kursk.', 'Friday')).toBe('past');
      expect(detectTense('Anything.', [])).toEqual([]);
    });

    it('does not read the month May or a capitalised United as markers', () => {
      expect(tenseAt('North Korean officers were seen near Donetsk in May.', 'May')).toBe('past');
      expect(tenseAt('The United Nations debate in June.', 'June')).toBe('past');
    });

    it('reads deadlines, validity and schedules forward unless a past verb governs them', () => {
      expect(tenseAt('The offer expires Nov. 21.', 'Nov.')).toBe('future');
      expect(tenseAt('The dividend is payable Jan. 2 to holders of record Dec. 15.', 'Dec.')).toBe('future');
      expect(tenseAt('The rule takes effect Nov. 13, the agency said.', 'Nov.')).toBe('future');
      expect(tenseAt('The bank said the rate cut is effective Feb. 1.', 'Feb.')).toBe('future');
      expect(tenseAt('The agreement became effective on December 4.', 'December')).toBe('past');
      expect(tenseAt('He must leave the country by Jan. 14.', 'Jan.')).toBe('future');
      expect(tenseAt('The court has given the family until 9 a.m. Tuesday to answer.', 'Tuesday')).toBe('future');
      expect(tenseAt('The soldiers stayed in the town until Friday.', 'Friday')).toBe('past');
      expect(tenseAt('The assembly meets in June.', 'June')).toBe('future');
    });

    it('does not read "next to" as a future marker', () => {
      expect(tenseAt('Two guards were hurt in the explosion next to the consulate on Monday.', 'Monday')).toBe('past');
      expect(tenseAt('The envoy returns next week and meets the king on Monday.', 'Monday')).toBe('future');
    });

    it('reads a date before "deadline" in the past when a past verb governs it, unless an order looks ahead', () => {
      expect(tenseOf('Holders tendered most of their shares by the Friday deadline.', 'Friday')).toBe('past');
      expect(tenseOf('The rebels ignored the Oct. 20 deadline.', 'Oct. 20')).toBe('past');
      expect(tenseOf('Officials failed to meet the Monday deadline.', 'Monday')).toBe('past');
      expect(tenseOf('The judge told the agency to meet the Monday deadline.', 'Monday')).toBe('future');
      expect(tenseOf('The Oct. 20 deadline is close.', 'Oct. 20')).toBe('future');
    });

    it('reads "through" a date as a deadline: forward after an extension, past after another past verb', () => {
      expect(tenseAt('Creditors have extended the airline $50 million in loans through February.', 'February')).toBe(
        'future',
      );
      expect(tenseAt('The talks were postponed until January.', 'January')).toBe('future');
      expect(tenseAt('The fund had sold 20,000 shares through Oct. 31.', 'Oct.')).toBe('past');
    });

    it('does not cut a clause at the comma of a figure', () => {
      expect(tenseAt('The fund had bought 481,000 shares until Sept. 29.', 'Sept.')).toBe('past');
    });

    it('reads a deadline followed by an infinitive forward: a time given to do something', () => {
      expect(tenseOf('The commission gave the buyer until late November to answer.', 'late November')).toBe('future');
      expect(tenseOf('The crowd waited until Friday for news.', 'Friday')).toBe('past');
    });

    it('reads scheduling verbs in the plural present forward, not their infinitives', () => {
      expect(tenseAt('The foreign ministers meet in Brussels on Thursday.', 'Thursday')).toBe('future');
      expect(tenseAt('The parties resume talks on Monday.', 'Monday')).toBe('future');
      expect(tenseAt('The ministers flew in to meet on Thursday.', 'Thursday')).toBe('past');
    });

    it('skips a participle after "get" or "been", and reads a planned event or an agreed act ahead', () => {
      expect(tenseAt('Exporters are going to get hit hard in the spring.', 'spring')).toBe('future');
      expect(tenseAt('Organisers planned a march through the old town on Saturday.', 'Saturday')).toBe('future');
      expect(tenseAt('The bank announced an agreement to buy the smaller lender in January.', 'January')).toBe(
        'future',
      );
      expect(tenseAt("The insurer's deal to sell the unit collapsed in June.", 'June')).toBe('past');
      expect(tenseAt('The hastily planned trip ended on Monday.', 'Monday')).toBe('past');
    });

    it('reads a present passive in a clause of time or condition ahead', () => {
      expect(tenseAt('The family will stay in town until the appeal is heard in June.', 'June')).toBe('future');
      expect(tenseAt('The lawyers said they would quit if the plea is rejected in March.', 'March')).toBe('future');
      expect(tenseAt('The appeal was heard in June.', 'June')).toBe('past');
    });

    it('reads an invitation or a summons to something as ahead, but not a passive one', () => {
      expect(tenseAt('The minister has invited her counterparts to a signing in Oslo on Nov. 12.', 'Nov.')).toBe(
        'future',
      );
      expect(tenseAt('The committee subpoenaed the banker to testify before the panel on Dec. 3.', 'Dec.')).toBe(
        'future',
      );
      expect(tenseAt('He was invited to the palace on Monday.', 'Monday')).toBe('past');
      expect(tenseAt('He invited reporters into his office and spoke to them on Monday.', 'Monday')).toBe('past');
    });

    it("reads a date before a past act of intending as that act's day, one after it as ahead", () => {
      expect(tenseAt('Parliament on Tuesday voted to approve the budget.', 'Tuesday')).toBe('past');
      expect(tenseAt('On Monday, the council decided to close the mine.', 'Monday')).toBe('past');
      expect(tenseAt('The union voted to strike on Monday.', 'Monday')).toBe('future');
      expect(tenseAt('The envoy is expected to arrive on Thursday.', 'Thursday')).toBe('future');
    });

    it('reads "could have" as past and a bare noun "plan" as no marker', () => {
      expect(tenseAt('The shots could have been fired on Monday.', 'Monday')).toBe('past');
      expect(tenseAt('The ministry announced the plan on Aug. 21.', 'Aug.')).toBe('past');
    });
  });
});
