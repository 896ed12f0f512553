import type { Contest } from '@pacer/core';
import type { TFunction } from 'i18next';
import { formatDateTime, formatDecimal, formatMoney } from '../../lib/format';
import { formatPeriod } from '../wall-chart/wall-chart-format';

/** The contest's period: a power hour with its times, day periods by their days. */
export const contestPeriod = (contest: Contest): string =>
  contest.periodKind === 'power_hour'
    ? `${formatDateTime(contest.startsAt)} – ${formatDateTime(contest.endsAt)}`
    : formatPeriod(contest.startsOn, contest.endsOn);

/** Who wins, in words: "Top 3", "Everyone at 20 or more", "Everyone at 100 % of their target". */
export const contestRule = (contest: Contest, t: TFunction): string => {
  if (contest.rule === 'top_n') return t('incentives.contests.rules.top_n', { count: contest.topN ?? 1 });
  const value = formatDecimal(contest.threshold ?? '100', 2);
  return contest.rule === 'threshold'
    ? t('incentives.contests.rules.threshold', { value })
    : t('incentives.contests.rules.target_percent', { value });
};

/** A prize as one line: the amount for cash, the description for goods and travel. */
export const prizeLabel = (prize: {
  kind: string;
  amount: string | null;
  currency: string | null;
  description: string;
}) =>
  prize.kind === 'cash' && prize.amount && prize.currency
    ? formatMoney(prize.amount, prize.currency)
    : prize.description;

export const statusColor: Record<Contest['status'], string> = {
  scheduled: 'gray',
  running: 'teal',
  ended: 'orange',
  finished: 'blue',
  cancelled: 'red',
};
