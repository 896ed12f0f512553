import type { MantineColor } from '@mantine/core';
import { type Goal, metricCatalog, type PaceView } from '@pacer/core';
import type { TFunction } from 'i18next';
import { formatDecimal, formatMoney } from '../../lib/format';

export type GoalStatus = PaceView['status'];

/** The badge colour of each pace status, from done to lost. */
export const statusColors: Record<GoalStatus, MantineColor> = {
  achieved: 'teal',
  on_track: 'green',
  at_risk: 'yellow',
  behind: 'orange',
  missed: 'red',
};

/** What a goal's numbers are about: the metric, the currency of money metrics. */
type Measured = Pick<Goal, 'metric' | 'currency'>;

/** A value of a goal's metric as people read it: money in its currency, percent with %, counts plain. */
export const formatGoalValue = (value: string | null | undefined, goal: Measured): string => {
  if (value === null || value === undefined || value === '') return '—';
  const unit = metricCatalog[goal.metric]?.unit ?? 'count';
  if (unit === 'money' && goal.currency) return formatMoney(value, goal.currency);
  if (unit === 'percent') return `${formatDecimal(value, 1)} %`;
  return formatDecimal(value, unit === 'days' ? 1 : 2);
};

/** A share as a whole percentage, e.g. "64 %"; a dash when there is none. */
export const formatPercent = (value: string | number | null | undefined, digits = 0): string =>
  value === null || value === undefined || value === '' ? '—' : `${formatDecimal(value, digits)} %`;

/** What the goal is about: the region, team, rep or product line by name, the whole company, or its accounts. */
export const scopeLabel = (goal: Pick<Goal, 'scopeKind' | 'scopeName' | 'accountIds'>, t: TFunction): string => {
  if (goal.scopeKind === 'org') return t('goals.wholeCompany');
  if (goal.scopeKind === 'account_set') return t('goals.accountCount', { count: goal.accountIds.length });
  return goal.scopeName ?? t(`goals.scopeKinds.${goal.scopeKind}`);
};

/** Where a number sits between 0 and the target, as a percentage for a bar (0–100). */
export const shareOfTarget = (value: string | null | undefined, target: string): number => {
  const whole = Number(target);
  const part = Number(value ?? 0);
  if (!Number.isFinite(whole) || !Number.isFinite(part) || whole <= 0) return part > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, (part / whole) * 100));
};

/** The metric's name in the reader's language (the leaderboard owns the translations). */
export const metricLabel = (goal: Pick<Goal, 'metric'>, t: TFunction): string =>
  t(`leaderboard.metrics.${goal.metric}`);

/** How much bigger a value is than its comparison, in percent (+12 = 112 %); null without a base or with a base of 0. */
export const changePercent = (value: string | null | undefined, base: string | null | undefined): number | null => {
  if (value === null || value === undefined || base === null || base === undefined) return null;
  const now = Number(value);
  const before = Number(base);
  if (!Number.isFinite(now) || !Number.isFinite(before) || before === 0) return null;
  return (now / before - 1) * 100;
};

/** A change in whole percent with its sign, e.g. "+12 %", "-4 %", "0 %". */
export const formatChange = (percent: number): string => {
  const rounded = Math.round(percent);
  return `${rounded > 0 ? '+' : ''}${formatDecimal(rounded, 0)} %`;
};

/** The colour of a change: green when it went the metric's good way (up, or down for e.g. days to close). */
export const changeColor = (percent: number, goal: Pick<Goal, 'metric'>): MantineColor | undefined => {
  const rounded = Math.round(percent);
  if (rounded === 0) return undefined;
  const better = metricCatalog[goal.metric]?.higherIsBetter === false ? rounded < 0 : rounded > 0;
  return better ? 'teal' : 'red';
};
