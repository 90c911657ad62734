import { describe, expect, it } from 'vitest';
import { findExpressions } from '../../../src/pipeline/dates/find-expressions.ts';

const words = (text: string) => findExpressions(text).map((m) => m.text);
const rules = (text: string) => findExpressions(text).map((m) => `${m.rule}:${m.text}`);

describe('findExpressions', () => {
  it('finds absolute dates in the forms news reports use', () => {
    expect(words('It was signed on December 2, 2024 in Pyongyang.')).toEqual(['December 2, 2024']);
    expect(words('It was signed on 2 December 2024.')).toEqual(['2 December 2024']);
    expect(words('Talks resumed on Dec. 2 after a pause.')).toEqual(['Dec. 2']);
    expect(words('They met on the 2nd of December.')).toEqual(['the 2nd of December']);
    expect(words('The filing is dated 2024-12-02.')).toEqual(['2024-12-02']);
    expect(words('It was signed in June 2024.')).toEqual(['June 2024']);
    expect(words('The war of 1950-53 ended in a truce.')).toEqual(['1950-53']);
  });

  it('finds parts of months and relative expressions', () => {
    expect(words('Troops deployed in early October and mid-November.')).toEqual(['early October', 'mid-November']);
    expect(words('It became effective earlier in December.')).toEqual(['earlier in December']);
    expect(words('Earlier this month, Zelenskiy announced it.')).toEqual(['Earlier this month']);
    expect(words('Austin revealed yesterday that troops moved.')).toEqual(['yesterday']);
    expect(words('The war began last autumn and worsened last year.')).toEqual(['last autumn', 'last year']);
    expect(words('The military reported on Friday that it suspects more.')).toEqual(['Friday']);
    expect(words('They arrived three days ago.')).toEqual(['three days ago']);
  });

  it('finds bare months after a preposition', () => {
    expect(rules('This agreement, established in June, has been ratified.')).toEqual(['month:June']);
    expect(rules('A counteroffensive since August.')).toEqual(['month:August']);
  });

  it('reports offsets that slice back to the words', () => {
    const text = 'On December 2, President Zelensky confirmed it.';
    const [mention] = findExpressions(text);
    expect(mention && text.slice(mention.start, mention.end)).toBe('December 2');
  });

  it('finds quarters, report periods, decades, centuries, fiscal years and holidays', () => {
    expect(words('a third-quarter loss, the year-ago quarter and fiscal 2024')).toEqual([
      'third-quarter',
      'the year-ago quarter',
      'fiscal 2024',
    ]);
    expect(words('in the late 1970s, the 20th century and on Thanksgiving Day')).toEqual([
      'the late 1970s',
      'the 20th century',
      'Thanksgiving Day',
    ]);
    expect(rules('late last month, last April, this past spring')).toEqual([
      'relative-part:late last month',
      'relative-month:last April',
      'relative-season:this past spring',
    ]);
  });

  describe('edge cases', () => {
    it('reads a year as a modifier only where it is a date, not a count', () => {
      expect(words('a 2010 raid and his unsuccessful 1996 campaign')).toEqual(['2010', '1996']);
      expect(words('the 2000 troops, a 1500-strong force, for 1988 vehicles')).toEqual([]);
    });

    it('leaves first names, titles and ages that look like dates alone', () => {
      expect(words('Jan Novak spoke after June Carter.')).toEqual([]);
      expect(words('He told ABC\'s "This Week" and "VOA Today" about the engineers of tomorrow.')).toEqual([]);
      expect(words("Today's youth and today's computers")).toEqual([]);
      expect(words('the third quarter of the game, the Latin quarter, a quarter of the troops')).toEqual([]);
    });

    it('reads "the third quarter of" a sum after a result word as the period, never a share of money alone', () => {
      expect(words('The brewer reported a profit for the third quarter of $4.1 million.')).toEqual([
        'the third quarter',
      ]);
      expect(words('The mill booked net income for the fiscal first-quarter of C$2 million.')).toEqual([
        'the fiscal first-quarter',
      ]);
      expect(words('She left a quarter of $8 million to the museum.')).toEqual([]);
      expect(words('The club spent the third quarter of $9 million on players.')).toEqual([]);
    });

    it('reads a year "in both" years and a maturity "due 2031", not a sum due', () => {
      expect(words('Growth in both 2026 and 2027, and notes due 2031.')).toEqual(['2026', '2027', '2031']);
      expect(words('Rent due 1500 dollars a month and a fee due 2000 percent higher.')).toEqual([]);
    });

    it('reads "the latest quarter\'s" as the period but not "the quarter\'s" streets', () => {
      expect(words("The latest quarter's figures and the quarter's narrow streets.")).toEqual(['The latest quarter']);
    });

    it('leaves named days, a march named with a capital, and military times alone', () => {
      expect(words('Before Super Tuesday, on Bloody Sunday and since Black Monday.')).toEqual([]);
      expect(words('Thousands joined the March for Our Lives.')).toEqual([]);
      expect(words('The strike begins by 2000 GMT and ends at 1800 hours.')).toEqual([]);
      expect(words('The striker scored a second-half goal.')).toEqual([]);
    });

    it('reads centuries written as hundreds, fiscal quarters and ranges across two months', () => {
      expect(rules('in the 1800s and the 2000s')).toEqual(['century:the 1800s', 'decade:the 2000s']);
      expect(words('Profit in the second quarter of fiscal 2025 and first-half profit.')).toEqual([
        'the second quarter of fiscal 2025',
        'first-half',
      ]);
      expect(rules('The fair runs Jan. 30-Feb. 2.')).toEqual(['month-day-range:Jan. 30-Feb. 2']);
    });

    it('leaves designations, counts and measures alone', () => {
      expect(words('MiG-29 and Su-27 jets, KN-23 missiles and the Su-25.')).toEqual([]);
      expect(words('Some 10,000 troops, 11,000 soldiers and 50 kilometres away.')).toEqual([]);
      expect(words('The 11th Army Corps moved under Article 4.')).toEqual([]);
      expect(words('2 minute read')).toEqual([]);
      expect(words('jets which date back over four decades')).toEqual([]);
    });

    it('does not read the verbs may and march as months', () => {
      expect(words('Pyongyang may request higher technologies.')).toEqual([]);
      expect(words('Troops march toward the border.')).toEqual([]);
      expect(words('Kim said in May that it was lawful.')).toEqual(['May']);
      expect(words('It began on March 3.')).toEqual(['March 3']);
    });

    it('does not date a bare capitalised month without context', () => {
      expect(words('June Smith said so.')).toEqual([]);
    });

    it('lets a weekday yield to the date it introduces', () => {
      expect(rules('It happened on Friday, December 6.')).toEqual(['weekday-month-day:Friday, December 6']);
    });

    it('returns nothing for empty text, and copes with a long run of date-like words', () => {
      expect(findExpressions('')).toEqual([]);
      const text = 'December 2024 10,000 May March '.repeat(30_000);
      expect(findExpressions(text)).toHaveLength(30_000); // every "December 2024", nothing else
    });
  });
});
