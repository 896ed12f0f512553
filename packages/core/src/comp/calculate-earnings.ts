import type { CompCalculationInput, CompCredit, CompPlanVersion } from '../contracts/comp';
import { Money, type MoneyValue } from '../money/money';
import { applyCaps } from './cap';
import { clawbackLedger } from './clawback';
import { type CreditInPlan, commissionLines } from './commission';
import { commissionMemo } from './commission-memo';
import { sortCredits } from './credits';
import {
  type Attainment,
  type EarningLine,
  type EarningsResult,
  exactAmount,
  type OpenCredit,
  totalsOf,
} from './earning-line';
import { convertMoney, type ExchangeTable, exchangeTableOf } from './exchange';
import { drawOutcome, goalBonusLines } from './period-lines';
import { planCalendarOf } from './plan-calendar';
import { isSpiffCredit, spiffLine } from './spiff';

/*
 * The commission engine: one rep, one period, pure (the server's period run and the browser's
 * what-if call the same function).
 *
 * Money: decimal arithmetic throughout (decimal.js, 40 significant digits), never floating point.
 * Conversions, tier portions and rates stay exact; each line's amount is rounded half-up (away
 * from zero, so a clawback mirrors its payment) to its currency's minor unit once, at the end of
 * that line. Caps, totals and the draw work on the rounded line amounts, so a statement adds up.
 *
 * Order: credits by date, then deal id, then every other field, so the input order never matters;
 * within a credit, components in plan order and tiers upwards; then goal bonuses, then the draw.
 *
 * Attainment: won credits of the whole period (whatever plan they fall under, even none) against
 * the quota, converted to the quota's currency; held credits (unpaid invoice) do not count, nor do
 * cancellations (they claw back instead). Each credit is paid under the plan in effect on its date,
 * converted at the rate in effect on its date. A manager's overlay credit (a deal of a rep in their
 * teams) is paid by the overlay commission only and counts for no attainment.
 */

const percentOf = (value: MoneyValue, whole: MoneyValue) =>
  value.dividedBy(whole).times(100).toDecimalPlaces(2).toFixed(2);

/** Checks a credit and gives its value, parsed once for the whole run. */
const assertCredit = (input: CompCalculationInput, credit: CompCredit): MoneyValue => {
  const where = `deal ${credit.dealId}`;
  if (credit.repId !== input.repId) throw new RangeError(`${where} credits rep ${credit.repId}, not ${input.repId}`);
  // A cancellation or refund may predate the period: it came after that earlier period froze.
  const early = credit.date < input.period.start && credit.kind === 'won';
  if (early || credit.date > input.period.end) {
    throw new RangeError(`${where} is dated ${credit.date}, outside the period`);
  }
  const amount = new Money(credit.value.amount);
  if (amount.isNegative()) throw new RangeError(`${where} has a negative credited value`);
  return amount;
};

/** Which credits count, which wait, and each one's plan. */
const sortOut = (input: CompCalculationInput, planOn: (date: string) => CompPlanVersion | null) => {
  const open: OpenCredit[] = [];
  const steps: { credit: CompCredit; amount: MoneyValue; plan: CompPlanVersion | null; counts: boolean }[] = [];
  for (const credit of sortCredits(input.credits)) {
    const amount = assertCredit(input, credit);
    const plan = planOn(credit.date < input.period.start ? input.period.start : credit.date);
    if (!plan) open.push({ credit, reason: 'no_plan' });
    const held = credit.kind === 'won' && plan?.payOnlyWhenInvoicePaid === true && !credit.invoicePaid;
    if (held) open.push({ credit, reason: 'invoice_unpaid' });
    // A manager's overlay credit is a rep's deal: it pays the overlay, not the manager's attainment.
    steps.push({
      credit,
      amount,
      plan: held ? null : plan,
      counts: credit.kind === 'won' && !held && !credit.overlayOf,
    });
  }
  return { open, steps };
};

const attainmentOf = (
  quota: CompCalculationInput['quota'],
  steps: ReturnType<typeof sortOut>['steps'],
  table: ExchangeTable,
): { attainment: Attainment | null; quota: MoneyValue | null; attained: MoneyValue } => {
  if (!quota) return { attainment: null, quota: null, attained: new Money(0) };
  const amount = new Money(quota.amount);
  if (!amount.greaterThan(0)) throw new RangeError('the quota must be > 0 (null for none)');
  let attained = new Money(0);
  for (const { credit, amount: value, counts } of steps) {
    if (!counts) continue;
    attained = attained.plus(convertMoney(value, credit.value.currency, quota.currency, table, credit.date).value);
  }
  const attainment = {
    credited: exactAmount(attained, quota.currency),
    quota: exactAmount(amount, quota.currency),
    currency: quota.currency,
    percent: percentOf(attained, amount),
  };
  return { attainment, quota: amount, attained };
};

/** A rep's earning lines for a period, with totals, attainment, the draw balance carried on, and the credits still open. */
export const calculateEarnings = (input: CompCalculationInput): EarningsResult => {
  const calendar = planCalendarOf(input.period, input.assignments);
  const table = exchangeTableOf(input.exchangeRates);
  const plansById = new Map(input.assignments.map((assignment) => [assignment.plan.id, assignment.plan]));
  const { open, steps } = sortOut(input, calendar.planOn);
  const { attainment, quota, attained } = attainmentOf(input.quota, steps, table);

  const lines: EarningLine[] = [];
  const spiffPaidDeals = new Set<string>();
  const memo = commissionMemo();
  const clawbackLines = clawbackLedger(input.carried.paidLines);
  let cursor = new Money(0);
  for (const { credit, amount, plan, counts } of steps) {
    const start = cursor;
    if (counts && input.quota) {
      cursor = cursor.plus(convertMoney(amount, credit.value.currency, input.quota.currency, table, credit.date).value);
    }
    if (!plan) continue;
    if (credit.kind !== 'won') {
      const clawback = plan.components.find((component) => component.kind === 'clawback');
      if (clawback) lines.push(...clawbackLines(plan, clawback, credit));
      continue;
    }
    const converted = convertMoney(amount, credit.value.currency, plan.currency, table, credit.date);
    const inPlan: CreditInPlan = {
      credit,
      plan,
      value: converted.value,
      conversion: converted.explanation,
      start,
      end: cursor,
      quota,
      attained,
      attainmentPercent: attainment?.percent ?? '',
      quotaInPlanCurrency: input.quota?.currency === plan.currency,
      memo,
    };
    for (const component of plan.components) {
      const overlay = credit.overlayOf !== undefined;
      if (component.kind === 'commission' && (component.overlay === true) === overlay) {
        lines.push(...commissionLines(inPlan, component));
      }
      if (component.kind !== 'spiff' || overlay || !isSpiffCredit(component, credit)) continue;
      const dealKey = `${plan.id}\u0000${component.id}\u0000${credit.dealId}`;
      if (component.per === 'deal' && spiffPaidDeals.has(dealKey)) continue;
      spiffPaidDeals.add(dealKey);
      lines.push(spiffLine(plan, component, credit));
    }
  }

  const capped = applyCaps(lines, plansById, calendar.periodPlan);
  const periodPlan = calendar.periodPlan;
  const bonuses = periodPlan ? goalBonusLines(periodPlan, input.carried.achievedGoalIds) : [];
  const draw = periodPlan
    ? drawOutcome(periodPlan, [...capped, ...bonuses], input.carried.drawBalance)
    : { lines: [], balance: input.carried.drawBalance };
  const all = [...capped, ...bonuses, ...draw.lines];
  return { lines: all, totals: totalsOf(all), attainment, drawBalance: draw.balance, open };
};
