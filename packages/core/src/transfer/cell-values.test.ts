import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseAmountCell,
  parseBooleanCell,
  parseChoiceCell,
  parseDateCell,
  parseDateTimeCell,
  parseDurationCell,
  parseEmailCell,
  parseIntegerCell,
  parseTimeCell,
} from './cell-values';

const value = (result: { ok: boolean; value?: string; message?: string }) =>
  result.ok ? result.value : `! ${result.message}`;

describe('dates', () => {
  it.each([
    ['2024-03-15', 'iso', '2024-03-15'],
    ['2024-3-5', 'iso', '2024-03-05'],
    ['2024/03/15', 'dmy', '2024-03-15'],
    ['2024-03-15T10:30:00Z', 'iso', '2024-03-15'],
    ['15/03/2024', 'dmy', '2024-03-15'],
    ['15.03.2024', 'dmy', '2024-03-15'],
    ['03/15/2024', 'mdy', '2024-03-15'],
    ['3/5/24', 'mdy', '2024-03-05'],
    ['3/5/99', 'mdy', '1999-03-05'],
    ['15 Mar 2024', 'iso', '2024-03-15'],
    ['15-Sept-2024', 'iso', '2024-09-15'],
    ['March 15, 2024', 'mdy', '2024-03-15'],
  ] as const)('%s (%s) is %s', (text, order, expected) => {
    expect(value(parseDateCell(text, order))).toBe(expected);
  });

  it('refuses what is not a calendar day, and slashes without a chosen order', () => {
    expect(parseDateCell('2023-02-29', 'iso').ok).toBe(false);
    expect(parseDateCell('31/04/2024', 'dmy').ok).toBe(false);
    expect(parseDateCell('13/15/2024', 'mdy').ok).toBe(false);
    expect(value(parseDateCell('03/04/2024', 'iso'))).toMatch(/DD\/MM\/YYYY or MM\/DD\/YYYY/);
    expect(parseDateCell('tomorrow', 'iso').ok).toBe(false);
    expect(parseDateCell('15 Foo 2024', 'iso').ok).toBe(false);
  });

  it('reads any calendar day back in every order', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = date.toISOString().slice(0, 10).split('-');
          const iso = `${y}-${m}-${d}`;
          expect(value(parseDateCell(iso, 'iso'))).toBe(iso);
          expect(value(parseDateCell(`${d}/${m}/${y}`, 'dmy'))).toBe(iso);
          expect(value(parseDateCell(`${m}/${d}/${y}`, 'mdy'))).toBe(iso);
        },
      ),
    );
  });
});

describe('dates with times', () => {
  it('turns zoned text into UTC and keeps wall-clock text for the org zone', () => {
    expect(value(parseDateTimeCell('2024-03-15T10:30:00+02:00', 'iso'))).toBe('2024-03-15T08:30:00.000Z');
    expect(value(parseDateTimeCell('2024-03-15T10:30Z', 'iso'))).toBe('2024-03-15T10:30:00.000Z');
    expect(value(parseDateTimeCell('2024-03-15 10:30', 'iso'))).toBe('2024-03-15 10:30:00');
    expect(value(parseDateTimeCell('15/03/2024 14:05:09', 'dmy'))).toBe('2024-03-15 14:05:09');
    expect(value(parseDateTimeCell('3/15/2024, 2:05 PM', 'mdy'))).toBe('2024-03-15 14:05:00');
    expect(value(parseDateTimeCell('2024-03-15', 'iso'))).toBe('2024-03-15 00:00:00');
    expect(parseDateTimeCell('2024-03-15 25:00', 'iso').ok).toBe(false);
  });

  it('reads times of day', () => {
    expect(value(parseTimeCell('9:05'))).toBe('09:05:00');
    expect(value(parseTimeCell('12:30 am'))).toBe('00:30:00');
    expect(value(parseTimeCell('12:30 PM'))).toBe('12:30:00');
    expect(parseTimeCell('13:00 pm').ok).toBe(false);
  });
});

describe('amounts', () => {
  it.each([
    ['1234.5', '1234.5'],
    ['$1,234.50', '1234.5'],
    ['1.234,50 €', '1234.5'],
    ['EUR 1 234,5', '1234.5'],
    ['12,5', '12.5'],
    ['1,234,567', '1234567'],
    ['(100)', '-100'],
    ['-0', '0'],
    ['007.100', '7.1'],
    ["1'000.25", '1000.25'],
  ])('%s is %s', (text, expected) => {
    expect(value(parseAmountCell(text))).toBe(expected);
  });

  it('refuses text, too many decimals and too many digits', () => {
    expect(parseAmountCell('abc').ok).toBe(false);
    expect(parseAmountCell('1.23456').ok).toBe(false);
    expect(parseAmountCell('1234567890123456').ok).toBe(false);
    expect(parseAmountCell('1e5').ok).toBe(false);
  });

  it('reads back every amount it could store', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 19n) + 1n, max: 10n ** 19n - 1n }), (units) => {
        const negative = units < 0n;
        const abs = (negative ? -units : units).toString().padStart(5, '0');
        const text = `${negative ? '-' : ''}${abs.slice(0, -4)}.${abs.slice(-4)}`;
        const read = parseAmountCell(text);
        expect(read.ok).toBe(true);
        expect(Number(read.ok ? read.value : Number.NaN)).toBeCloseTo(Number(text));
      }),
    );
  });
});

describe('numbers, yes/no, choices, e-mails', () => {
  it('reads whole numbers and durations', () => {
    expect(value(parseIntegerCell('1,200'))).toBe('1200');
    expect(value(parseIntegerCell('12.0'))).toBe('12');
    expect(parseIntegerCell('12.5').ok).toBe(false);
    expect(parseIntegerCell('-1').ok).toBe(false);
    expect(value(parseDurationCell('01:30'))).toBe('90');
    expect(value(parseDurationCell('0:45:30'))).toBe('46');
    expect(value(parseDurationCell('15'))).toBe('15');
    expect(parseDurationCell('25:00').ok).toBe(false);
  });

  it('reads yes and no in many spellings', () => {
    for (const yes of ['Yes', 'TRUE', '1', 'x', 'Completed', 'Done', 'ja'])
      expect(value(parseBooleanCell(yes))).toBe('t');
    for (const no of ['no', 'False', '0', 'To do', 'Not Started', 'nein'])
      expect(value(parseBooleanCell(no))).toBe('f');
    expect(parseBooleanCell('maybe').ok).toBe(false);
  });

  it('matches choices loosely and through other systems’ names', () => {
    const options = ['call', 'meeting', 'no_answer'];
    expect(value(parseChoiceCell('CALL', options))).toBe('call');
    expect(value(parseChoiceCell('No Answer', options))).toBe('no_answer');
    expect(value(parseChoiceCell('Log a Call', options, { call: ['log a call'] }))).toBe('call');
    expect(value(parseChoiceCell('fax', options))).toBe('! Not one of: call, meeting, no_answer');
  });

  it('lower-cases e-mail addresses and refuses others', () => {
    expect(value(parseEmailCell(' Ann@Example.COM '))).toBe('ann@example.com');
    expect(parseEmailCell('ann@example').ok).toBe(false);
    expect(parseEmailCell('ann example.com').ok).toBe(false);
  });
});
