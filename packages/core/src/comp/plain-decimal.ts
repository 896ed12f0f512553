/*
 * Plain decimal text ("1234.50", "007", "3.0000") rewritten without decimal.js, for the credits of
 * a period run: a million rows each need their amount and units written out, and parsing them into
 * decimals was most of that cost. Each function gives exactly what the decimal route gives, or
 * null for anything else (signs, exponents, too many digits), and the caller takes that route.
 */

const plainPattern = /^(\d+)(?:\.(\d+))?$/;

/** Whether text is digits with an optional fraction: no sign, exponent or spaces. */
export const isPlainDecimal = (text: string): boolean => plainPattern.test(text);

const wholePart = (digits: string): string => digits.replace(/^0+(?=\d)/, '');

/**
 * A plain amount written with exactly `decimals` places, as splitting it into one share of 100 %
 * writes it; null if it is not plain or has more decimals (beyond trailing zeros) than allowed.
 */
export const plainAmountText = (text: string, decimals: number): string | null => {
  const match = plainPattern.exec(text);
  if (!match) return null;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) return null;
  const whole = wholePart(match[1] as string);
  return decimals === 0 ? whole : `${whole}.${fraction.padEnd(decimals, '0')}`;
};

/** Decimals a product stays exact within (decimal.js works to 40 significant digits). */
const exactLength = 30;

/** A plain number as decimal.js's `toFixed()` writes it ("3.0000" → "3", "0.50" → "0.5"); null if not plain or long. */
export const plainNumberText = (text: string): string | null => {
  if (text.length > exactLength) return null;
  const match = plainPattern.exec(text);
  if (!match) return null;
  const whole = wholePart(match[1] as string);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
};
