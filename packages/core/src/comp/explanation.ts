import type { EarningLine } from './earning-line';

/*
 * An earning line explains itself as a list of parts: a stable code and string parameters, so the
 * web can translate each part with i18next and a statement reads the same in every language.
 * `describeLine` is the English rendering (logs, exports, tests).
 */

export const explanationCodes = [
  'credit',
  'overlay',
  'converted',
  'flat_rate',
  'marginal_tier',
  'retroactive_tier',
  'product_line_rate',
  'product_line_multiplier',
  'spiff',
  'goal_bonus_fixed',
  'goal_bonus_percent',
  'capped',
  'clawback',
  'draw_top_up',
  'draw_recovery',
] as const;
export type ExplanationCode = (typeof explanationCodes)[number];

/** One reason of a line: a code and its parameters (all text, ready for interpolation). */
export interface ExplanationPart {
  code: ExplanationCode;
  params: Record<string, string>;
}

export const part = (code: ExplanationCode, params: Record<string, string>): ExplanationPart => ({ code, params });

const percentRange = (from: string, to: string | undefined) => (to ? `${from}–${to} %` : `${from} % and above`);
const linesPay = (p: Record<string, string>) =>
  p.productLineId ? `product line ${p.productLineId} pays` : `${p.priority} lines pay`;

/** One part in English. */
export const describePart = ({ code, params: p }: ExplanationPart): string => {
  switch (code) {
    case 'credit': {
      const split = p.splitPercent === '100' ? '' : ` (${p.splitPercent} % split)`;
      if (p.kind === 'won') return `deal ${p.dealId} won on ${p.date}, credited ${p.currency} ${p.amount}${split}`;
      return `deal ${p.dealId} ${p.kind} on ${p.date} (${p.currency} ${p.amount}${split})`;
    }
    case 'overlay':
      return `overlay: ${p.rep}'s deal`;
    case 'converted':
      return `converted at ${p.rate} ${p.toCurrency} per ${p.fromCurrency}: ${p.toCurrency} ${p.toAmount}`;
    case 'flat_rate':
      return `flat rate ${p.rate} %`;
    case 'marginal_tier':
      return `${p.currency} ${p.portion} of it in tier ${p.tier} (${percentRange(p.fromPercent as string, p.toPercent)} of quota) at ${p.rate} %`;
    case 'retroactive_tier':
      return `tier ${p.tier} (from ${p.fromPercent} % of quota) reached at ${p.attainmentPercent} % attainment pays ${p.rate} % on everything`;
    case 'product_line_rate':
      return `${linesPay(p)} ${p.rate} % instead`;
    case 'product_line_multiplier':
      return `${linesPay(p)} ×${p.multiplier}: ${p.rate} %`;
    case 'spiff': {
      const per = p.per === 'unit' ? `per unit × ${p.quantity} units` : `per deal × ${p.quantity} share`;
      return `SPIFF on ${p.product}, ${p.startsOn} to ${p.endsOn}: ${p.currency} ${p.amount} ${per}`;
    }
    case 'goal_bonus_fixed':
      return `goal ${p.goalId} achieved: bonus of ${p.currency} ${p.amount}`;
    case 'goal_bonus_percent':
      return `goal ${p.goalId} achieved: ${p.percent} % of the base salary of ${p.currency} ${p.baseSalary}`;
    case 'capped':
      return `capped by the ${p.scope} cap of ${p.currency} ${p.cap}: ${p.before} reduced to ${p.after}`;
    case 'clawback':
      return `${p.days} days after the win on ${p.wonDate} (window ${p.windowDays} days): ${p.sharePercent} % of ${p.currency} ${p.paid} paid is recovered${p.recovered ? `, less ${p.currency} ${p.recovered} recovered before` : ''}`;
    case 'draw_top_up':
      return `earned ${p.currency} ${p.earned}, below the draw of ${p.currency} ${p.draw}: topped up by ${p.topUp}${p.recoverable === 'true' ? ', recoverable from later earnings' : ''}`;
    case 'draw_recovery':
      return `earned ${p.currency} ${p.earned}, above the draw of ${p.currency} ${p.draw}; ${p.outstanding} of earlier draws outstanding, ${p.recovered} recovered`;
  }
};

/** A whole line in English: its parts, then the arithmetic and the amount. */
export const describeLine = (line: EarningLine): string => {
  const cur = line.currency;
  const capped = line.explanation.find((reason) => reason.code === 'capped');
  let sum = `${cur} ${line.amount}`;
  if (line.rate !== null && line.base !== null) {
    const product = `${line.rate} % of ${cur} ${line.base}`;
    if (line.amount.startsWith('-')) sum = `−(${product}) = ${sum}`;
    else if (capped) sum = `${product} = ${cur} ${capped.params.before}, capped to ${sum}`;
    else sum = `${product} = ${sum}`;
  }
  const reasons = line.explanation.map(describePart).join('; ');
  return `${line.component.kind} ${line.component.id}: ${reasons}${reasons ? ' → ' : ''}${sum}`;
};
