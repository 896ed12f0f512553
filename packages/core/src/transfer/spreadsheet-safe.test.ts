import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadsheetSafe, unquoteSpreadsheetText } from './spreadsheet-safe';

describe('spreadsheet-safe cells', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3+cmd|/C calc!A0', "'-2+3+cmd|/C calc!A0"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('neutralises %j', (input, expected) => {
    expect(spreadsheetSafe(input)).toBe(expected);
  });

  it('leaves plain text and plain numbers alone', () => {
    for (const text of ['Acme', '', 'a=b', '-120.50', '+42', '1 + 1', "'quoted"])
      expect(spreadsheetSafe(text)).toBe(text);
  });

  it('never lets a cell start with a formula character, and import undoes it', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = spreadsheetSafe(text);
        if (!/^[-+]?\d+(\.\d+)?$/.test(text)) expect(['=', '+', '-', '@', '\t', '\r']).not.toContain(safe[0]);
        // A text that itself starts with a quote and a formula character reads back without the quote.
        if (!/^'[-+=@\t\r]/.test(text)) expect(unquoteSpreadsheetText(safe)).toBe(text);
      }),
    );
  });
});
