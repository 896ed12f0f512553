import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalQuarterOf, fiscalYearOf } from './fiscal-year';
import { localDateOf } from './local-date';

describe('fiscal years and quarters', () => {
  it('matches the calendar year when the fiscal year starts in January', () => {
    expect(fiscalYearOf('2026-11-22', 1)).toEqual({ year: 2026, start: '2026-01-01', end: '2026-12-31' });
  });

  it('names a February-start fiscal year by the year it ends in', () => {
    expect(fiscalYearOf('2026-01-31', 2)).toEqual({ year: 2026, start: '2025-02-01', end: '2026-01-31' });
    expect(fiscalYearOf('2026-02-01', 2)).toEqual({ year: 2027, start: '2026-02-01', end: '2027-01-31' });
  });

  it('cuts quarters from the fiscal start, leap years included', () => {
    expect(fiscalQuarterOf('2024-02-29', 1)).toEqual({
      quarter: 1,
      year: 2024,
      start: '2024-01-01',
      end: '2024-03-31',
    });
    expect(fiscalQuarterOf('2026-12-15', 10)).toEqual({
      quarter: 1,
      year: 2027,
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(fiscalQuarterOf('2026-09-30', 10)).toMatchObject({ quarter: 4, start: '2026-07-01', end: '2026-09-30' });
  });

  it('rejects an impossible start month', () => {
    expect(() => fiscalYearOf('2026-01-01', 13)).toThrow(RangeError);
  });

  it('always contains the day it was asked about (property)', () => {
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 12 }), (date, startMonth) => {
        const fy = fiscalYearOf(date, startMonth);
        const q = fiscalQuarterOf(date, startMonth);
        expect(fy.start <= date && date <= fy.end).toBe(true);
        expect(q.start <= date && date <= q.end).toBe(true);
        expect(q.start >= fy.start && q.end <= fy.end).toBe(true);
      }),
    );
  });

  it('cuts days in the org’s time zone', () => {
    const instant = new Date('2026-03-01T03:30:00Z');
    expect(localDateOf(instant, 'UTC')).toBe('2026-03-01');
    expect(localDateOf(instant, 'America/Los_Angeles')).toBe('2026-02-28');
  });
});
