import type { CompComponentKind, CompCredit, CompMoney } from '../contracts/comp';
import { Money, type MoneyValue, roundToCurrency } from '../money/money';
import { currencyMinorUnits } from '../org-settings';
import type { LocalDate } from '../periods/local-date';
import type { ExplanationPart } from './explanation';
import { remembered } from './remembered';

/** One line of a rep's earnings: which deal, which component, which tier and rate, on what base. */
export interface EarningLine {
  /** The plan version whose component made the line. */
  planVersionId: string;
  component: { id: string; kind: CompComponentKind };
  /** The deal it is for; null for period lines (goal bonus, draw). */
  dealId: string | null;
  /** The credit's date (won, or cancelled/refunded); null for period lines. */
  date: LocalDate | null;
  /** What the rate or fixed amount applies to: credited value (exact, in `currency`), units or deal share for a SPIFF, base salary, the paid amount clawed back, or the period's earnings for a draw. */
  base: string | null;
  /** Percent applied to `base` ("7.5" is 7.5 %); null for fixed amounts. */
  rate: string | null;
  /** 1-based tier of a tiered commission; null otherwise. */
  tier: number | null;
  /** Rounded half-up to the currency's minor unit; negative for clawbacks and draw recoveries. */
  amount: string;
  currency: string;
  /** Structured reasons, in reading order; `describeLine` puts them into English. */
  explanation: ExplanationPart[];
}

/** Why a credit made no line this period. */
export const openCreditReasons = ['invoice_unpaid', 'no_plan'] as const;
export type OpenCreditReason = (typeof openCreditReasons)[number];

/** A credit held back: its invoice is unpaid (plans that pay only then), or no plan was assigned on its date. */
export interface OpenCredit {
  credit: CompCredit;
  reason: OpenCreditReason;
}

/** Quota attainment over the whole period, in the quota's currency. */
export interface Attainment {
  /** Won credits counted, exact. */
  credited: string;
  quota: string;
  currency: string;
  /** credited ÷ quota × 100, two decimals half-up. */
  percent: string;
}

/** What `calculateEarnings` returns. */
export interface EarningsResult {
  /** In order: credit date, deal id, component order, tier; then goal bonuses and the draw. */
  lines: EarningLine[];
  /** Sum of the lines per currency, by currency code. */
  totals: CompMoney[];
  /** Null without a quota. */
  attainment: Attainment | null;
  /** Recoverable draw still outstanding after this period, in the draw plan's currency. */
  drawBalance: string;
  /** Credits that made no line, in credit order. */
  open: OpenCredit[];
}

/** An exact amount shown with at least the currency's decimals ("8000.00", "361.66305"). */
export const exactAmount = (value: MoneyValue, currency: string): string =>
  value.toFixed(Math.max(currencyMinorUnits(currency), value.decimalPlaces()));

/** A rate or quantity as plain text; repeating decimals (a 1/3 refund share) are cut at 6 places for reading. */
export const plainNumber = (value: MoneyValue): string =>
  value.decimalPlaces() > 6 ? value.toDecimalPlaces(6).toFixed() : value.toFixed();

/** A money amount written to its currency's minor unit, without rounding (it must already fit). */
export const moneyText = (value: MoneyValue, currency: string): string => value.toFixed(currencyMinorUnits(currency));

const moneyTextPatterns = new Map<number, RegExp>();

/**
 * Whether text is already as `moneyText` and `exactAmount` write its value ("1234.50" in USD):
 * then the text can stand for the value, with no formatting (on a million lines, it adds up).
 */
export const isMoneyText = (text: string, currency: string): boolean => {
  const decimals = currencyMinorUnits(currency);
  let pattern = moneyTextPatterns.get(decimals);
  if (!pattern) {
    pattern = new RegExp(`^(?:0|[1-9]\\d*)${decimals > 0 ? `\\.\\d{${decimals}}` : ''}$`);
    moneyTextPatterns.set(decimals, pattern);
  }
  return pattern.test(text);
};

/**
 * An amount rounded half-up to its currency, as `roundToCurrency` does. Money's own rounding is
 * half-up, so `toFixed` rounds alike without copying the value twice; only below zero do they
 * differ ("-0.00" against "0.00" for a tiny negative amount), so that case keeps the long way.
 */
const roundedText = (exact: MoneyValue, currency: string): string =>
  exact.isNegative() ? roundToCurrency(exact, currency) : exact.toFixed(currencyMinorUnits(currency));

/** `{ ...record, ...changes }` as a key loop: V8 spreads an object several times slower, and a run makes a million lines. */
export const withFields = <T extends object, U extends object>(record: T, changes: U): Omit<T, keyof U> & U => {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) copy[key] = record[key as keyof T];
  for (const key of Object.keys(changes)) copy[key] = changes[key as keyof U];
  return copy as Omit<T, keyof U> & U;
};

/** A line whose exact amount is rounded here, once. */
export const earningLine = (fields: Omit<EarningLine, 'amount'>, exact: MoneyValue): EarningLine =>
  withFields(fields, { amount: roundedText(exact, fields.currency) });

/** A currency's total: amounts written as `moneyText` writes them add up as whole minor units, any other exactly. */
interface Sum {
  minorUnits: bigint;
  rest: MoneyValue;
}

/** Sum of line amounts per currency, sorted by code. */
export const totalsOf = (lines: readonly EarningLine[]): CompMoney[] => {
  const sums = new Map<string, Sum>();
  for (const line of lines) {
    const sum = remembered(sums, line.currency, () => ({ minorUnits: 0n, rest: new Money(0) }));
    if (isMoneyText(line.amount, line.currency)) sum.minorUnits += BigInt(line.amount.replace('.', ''));
    else sum.rest = sum.rest.plus(line.amount);
  }
  const totalOf = (currency: string, { minorUnits, rest }: Sum) =>
    rest.plus(new Money(`${minorUnits}e-${currencyMinorUnits(currency)}`));
  return [...sums.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((currency) => ({ currency, amount: moneyText(totalOf(currency, sums.get(currency) as Sum), currency) }));
};
