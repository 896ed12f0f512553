import type { CompPlanVersion, DrawComponent, GoalBonusComponent } from '../contracts/comp';
import { Money, type MoneyValue, roundToCurrency } from '../money/money';
import { type EarningLine, earningLine, exactAmount, moneyText } from './earning-line';
import { part } from './explanation';

/*
 * Lines of the period rather than of a deal, from the plan that ends the period: goal bonuses,
 * then the draw.
 *
 * Draw: if the period's earnings in the plan's currency (every other line, after caps and
 * clawbacks) are below the draw, a top-up line pays the difference; a recoverable draw adds it to
 * the outstanding balance. If they are above, a recoverable draw takes back as much of the
 * outstanding balance as the excess allows, as a negative line. A non-recoverable draw neither adds
 * nor recovers; the balance carried in passes through untouched (forgiving it is an adjustment).
 */

/** Bonus lines for the plan's goals that are among the achieved ones, in component order. */
export const goalBonusLines = (plan: CompPlanVersion, achievedGoalIds: readonly string[]): EarningLine[] => {
  const achieved = new Set(achievedGoalIds);
  const currency = plan.currency;
  return plan.components
    .filter((component): component is GoalBonusComponent => component.kind === 'goal_bonus')
    .filter((component) => achieved.has(component.goalId))
    .map((component) => {
      const fields = {
        planVersionId: plan.id,
        component: { id: component.id, kind: 'goal_bonus' as const },
        dealId: null,
        date: null,
        tier: null,
        currency,
      };
      if (component.percentOfBase === undefined) {
        const amount = new Money(component.amount ?? '0');
        const reason = part('goal_bonus_fixed', {
          goalId: component.goalId,
          amount: moneyText(amount, currency),
          currency,
        });
        return earningLine({ ...fields, base: null, rate: null, explanation: [reason] }, amount);
      }
      const base = new Money(plan.baseSalary ?? '0');
      const rate = new Money(component.percentOfBase);
      const reason = part('goal_bonus_percent', {
        goalId: component.goalId,
        percent: rate.toFixed(),
        baseSalary: exactAmount(base, currency),
        currency,
      });
      return earningLine(
        { ...fields, base: exactAmount(base, currency), rate: rate.toFixed(), explanation: [reason] },
        base.times(rate).dividedBy(100),
      );
    });
};

/** The draw's line (if any) and the balance carried to the next period. */
export const drawOutcome = (
  plan: CompPlanVersion,
  earnedLines: readonly EarningLine[],
  balanceIn: string,
): { lines: EarningLine[]; balance: string } => {
  const draw = plan.components.find((component): component is DrawComponent => component.kind === 'draw');
  const currency = plan.currency;
  const outstanding = new Money(balanceIn);
  if (outstanding.isNegative()) throw new RangeError(`the draw balance must not be negative, got ${balanceIn}`);
  const carry = (value: MoneyValue) => roundToCurrency(value, currency);
  if (!draw) return { lines: [], balance: carry(outstanding) };
  const earned = earnedLines
    .filter((line) => line.currency === currency)
    .reduce((sum, line) => sum.plus(line.amount), new Money(0));
  const amount = new Money(draw.amount);
  const fields = {
    planVersionId: plan.id,
    component: { id: draw.id, kind: 'draw' as const },
    dealId: null,
    date: null,
    base: moneyText(earned, currency),
    rate: null,
    tier: null,
    currency,
  };
  const common = { draw: moneyText(amount, currency), earned: moneyText(earned, currency), currency };
  if (earned.lessThan(amount)) {
    const topUp = amount.minus(earned);
    const balance = draw.recoverable ? outstanding.plus(topUp) : outstanding;
    const reason = part('draw_top_up', {
      ...common,
      topUp: moneyText(topUp, currency),
      recoverable: String(draw.recoverable),
    });
    return { lines: [earningLine({ ...fields, explanation: [reason] }, topUp)], balance: carry(balance) };
  }
  const recovered = draw.recoverable ? Money.min(outstanding, earned.minus(amount)) : new Money(0);
  if (recovered.isZero()) return { lines: [], balance: carry(outstanding) };
  const reason = part('draw_recovery', {
    ...common,
    outstanding: moneyText(outstanding, currency),
    recovered: moneyText(recovered, currency),
  });
  return {
    lines: [earningLine({ ...fields, explanation: [reason] }, recovered.negated())],
    balance: carry(outstanding.minus(recovered)),
  };
};
