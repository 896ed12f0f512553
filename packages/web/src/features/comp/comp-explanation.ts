import { describePart, type ExplanationPart } from '@pacer/core';
import type { TFunction } from 'i18next';
import { formatDay, formatDecimal, formatMoney } from '../../lib/format';
import { type CompNames, formatRate } from './comp-format';

/*
 * An earning line's explanation in the reader's language: each structured part (a code and its
 * parameters) becomes a sentence, with money, days and percents formatted and ids turned into
 * names. The engine's English (describePart) only stands in for a part this page cannot read.
 */

export interface ExplainContext {
  t: TFunction;
  names: CompNames;
  /** A deal's name by id (what-if deals and the deals of a run), or a short id. */
  dealName: (dealId: string) => string;
}

/** What a line needs to be explained; both the API's lines and the engine's have it. */
export interface ExplainableLine {
  explanation: readonly ExplanationPart[];
  rate: string | null;
  base: string | null;
  amount: string;
  currency: string;
  componentKind: string;
}

const linesOf = (p: Record<string, string>, { t, names }: ExplainContext) =>
  p.productLineId
    ? t('comp.terms.lineOf', { line: names.productLine(p.productLineId) })
    : t('comp.terms.priorityLines', { priority: names.priority(p.priority) });

const tierRange = (p: Record<string, string>, t: TFunction) =>
  p.toPercent
    ? t('comp.terms.tierRange', { from: formatRate(p.fromPercent), to: formatRate(p.toPercent) })
    : t('comp.terms.tierOpen', { from: formatRate(p.fromPercent) });

/** One part as a sentence. */
const sentenceOf = ({ code, params: p }: ExplanationPart, context: ExplainContext): string => {
  const { t, names } = context;
  const money = (amount: string | undefined, currency = p.currency ?? '') => formatMoney(amount ?? '0', currency);
  switch (code) {
    case 'credit': {
      const deal = context.dealName(p.dealId ?? '');
      const text =
        p.kind === 'won'
          ? t('comp.explain.credit_won', { deal, date: formatDay(p.date), amount: money(p.amount) })
          : t('comp.explain.credit_other', {
              deal,
              kind: t(`comp.explain.creditKinds.${p.kind === 'refunded' ? 'refunded' : 'cancelled'}`),
              date: formatDay(p.date),
              amount: money(p.amount),
            });
      return p.splitPercent === '100'
        ? text
        : `${text} ${t('comp.explain.split', { percent: formatRate(p.splitPercent) })}`;
    }
    case 'overlay':
      return t('comp.explain.overlay', { rep: p.rep });
    case 'converted':
      return t('comp.explain.converted', {
        rate: formatDecimal(p.rate, 6),
        from: p.fromCurrency,
        to: p.toCurrency,
        amount: money(p.toAmount, p.toCurrency),
      });
    case 'flat_rate':
      return t('comp.explain.flat_rate', { rate: formatRate(p.rate) });
    case 'marginal_tier':
      return t('comp.explain.marginal_tier', {
        portion: money(p.portion),
        tier: p.tier,
        range: tierRange(p, t),
        rate: formatRate(p.rate),
      });
    case 'retroactive_tier':
      return t('comp.explain.retroactive_tier', {
        tier: p.tier,
        from: formatRate(p.fromPercent),
        attainment: formatRate(p.attainmentPercent),
        rate: formatRate(p.rate),
      });
    case 'product_line_rate':
      return t('comp.explain.product_line_rate', { lines: linesOf(p, context), rate: formatRate(p.rate) });
    case 'product_line_multiplier':
      return t('comp.explain.product_line_multiplier', {
        lines: linesOf(p, context),
        multiplier: formatDecimal(p.multiplier, 4),
        rate: formatRate(p.rate),
      });
    case 'spiff': {
      const product = names.product(p.product);
      const what = product === t('comp.terms.someProduct') ? names.productLine(p.product) : product;
      return t(p.per === 'unit' ? 'comp.explain.spiff_unit' : 'comp.explain.spiff_deal', {
        product: what,
        from: formatDay(p.startsOn),
        to: formatDay(p.endsOn),
        amount: money(p.amount),
        quantity: formatDecimal(p.quantity, 4),
      });
    }
    case 'goal_bonus_fixed':
      return t('comp.explain.goal_bonus_fixed', { goal: names.goal(p.goalId), amount: money(p.amount) });
    case 'goal_bonus_percent':
      return t('comp.explain.goal_bonus_percent', {
        goal: names.goal(p.goalId),
        percent: formatRate(p.percent),
        base: money(p.baseSalary),
      });
    case 'capped':
      return t('comp.explain.capped', {
        scope: t(`comp.explain.capScopes.${p.scope === 'deal' ? 'deal' : 'period'}`),
        cap: money(p.cap),
        before: money(p.before),
        after: money(p.after),
      });
    case 'clawback': {
      const text = t('comp.explain.clawback', {
        days: p.days,
        wonDate: formatDay(p.wonDate),
        windowDays: p.windowDays,
        share: formatRate(p.sharePercent),
        paid: money(p.paid),
      });
      return p.recovered ? `${text} ${t('comp.explain.clawbackRecovered', { recovered: money(p.recovered) })}` : text;
    }
    case 'draw_top_up': {
      const text = t('comp.explain.draw_top_up', {
        earned: money(p.earned),
        draw: money(p.draw),
        topUp: money(p.topUp),
      });
      return p.recoverable === 'true' ? `${text} ${t('comp.explain.drawRecoverable')}` : text;
    }
    case 'draw_recovery':
      return t('comp.explain.draw_recovery', {
        earned: money(p.earned),
        draw: money(p.draw),
        outstanding: money(p.outstanding),
        recovered: money(p.recovered),
      });
    default:
      return describePart({ code, params: p });
  }
};

/** A part in the reader's language; the engine's English if this page cannot read it. */
export const explainPart = (part: ExplanationPart, context: ExplainContext): string => {
  try {
    return sentenceOf(part, context);
  } catch {
    return describePart(part);
  }
};

/** The arithmetic of a line: "7.5 % of $4,000.00 = $300.00", capped or clawed back as it was; null for fixed amounts. */
export const lineSum = (line: ExplainableLine, { t }: ExplainContext): string | null => {
  if (line.rate === null || line.base === null) return null;
  const amount = formatMoney(line.amount, line.currency);
  const product = { rate: formatRate(line.rate), base: formatMoney(line.base, line.currency), amount };
  if (line.amount.startsWith('-')) return t('comp.explain.sumClawback', product);
  const capped = line.explanation.find((part) => part.code === 'capped');
  if (capped)
    return t('comp.explain.sumCapped', { ...product, before: formatMoney(capped.params.before, line.currency) });
  return t('comp.explain.sum', product);
};
