import type {
  Contest,
  ContestPeriodKind,
  ContestRule,
  CreateContestInput,
  createContestSchema,
  MetricKey,
  UpdateContestInput,
} from '@pacer/core';
import type { z } from 'zod';

/** One prize as the form holds it. */
export interface PrizeValues {
  place: string;
  kind: 'cash' | 'goods' | 'travel';
  amount: string;
  currency: string;
  description: string;
}

/** What the contest form holds: text the inputs give, turned into the API input on submit. */
export interface ContestValues extends Record<string, unknown> {
  name: string;
  description: string;
  metric: MetricKey;
  periodKind: ContestPeriodKind;
  startsAt: string | null;
  endsAt: string | null;
  startsOn: string | null;
  endsOn: string | null;
  participants: 'everyone' | 'team' | 'reps';
  teamId: string | null;
  repIds: string[];
  rule: ContestRule;
  topN: number | string;
  threshold: string;
  prizes: PrizeValues[];
}

export const newPrize = (currency: string, place: string): PrizeValues => ({
  place,
  kind: 'cash',
  amount: '',
  currency,
  description: '',
});

export const initialContestValues = (today: string, currency: string, manager: boolean): ContestValues => ({
  name: '',
  description: '',
  metric: 'calls',
  periodKind: 'week',
  startsAt: null,
  endsAt: null,
  startsOn: today,
  endsOn: null,
  participants: manager ? 'team' : 'everyone',
  teamId: null,
  repIds: [],
  rule: 'top_n',
  topN: 3,
  threshold: '',
  prizes: [newPrize(currency, '1')],
});

const given = <T>(value: T | null | '' | undefined): T | undefined =>
  value === null || value === '' || value === undefined ? undefined : value;

/** The form's values as the contract wants them: only the fields the choices call for. */
export const toContestInput = (values: ContestValues): z.input<typeof createContestSchema> => {
  const powerHour = values.periodKind === 'power_hour';
  return {
    name: values.name,
    description: values.description,
    metric: values.metric,
    periodKind: values.periodKind,
    startsAt: powerHour ? given(values.startsAt) : undefined,
    endsAt: powerHour ? given(values.endsAt) : undefined,
    startsOn: powerHour ? undefined : given(values.startsOn),
    endsOn: values.periodKind === 'custom' ? given(values.endsOn) : undefined,
    participants: values.participants,
    teamId: values.participants === 'team' ? given(values.teamId) : undefined,
    repIds: values.participants === 'reps' && values.repIds.length ? values.repIds : undefined,
    rule: values.rule,
    topN: values.rule === 'top_n' ? Number(values.topN) || undefined : undefined,
    threshold: values.rule === 'top_n' ? undefined : given(values.threshold),
    prizes: values.prizes.map((prize) => ({
      place: prize.place ? Number(prize.place) : null,
      kind: prize.kind,
      amount: prize.kind === 'cash' ? given(prize.amount) : undefined,
      currency: prize.kind === 'cash' ? given(prize.currency) : undefined,
      description: prize.kind === 'cash' ? '' : prize.description,
    })),
  };
};

/** A contest as the form holds it, for changing it; `repIds` are its participants. */
export const contestValuesOf = (contest: Contest, repIds: string[], currency: string): ContestValues => ({
  name: contest.name,
  description: contest.description,
  metric: contest.metric,
  periodKind: contest.periodKind,
  startsAt: contest.periodKind === 'power_hour' ? contest.startsAt : null,
  endsAt: contest.periodKind === 'power_hour' ? contest.endsAt : null,
  startsOn: contest.startsOn,
  endsOn: contest.endsOn,
  participants: contest.participants,
  teamId: contest.teamId,
  repIds,
  rule: contest.rule,
  topN: contest.topN ?? 3,
  threshold: contest.threshold ?? '',
  prizes: contest.prizes.map((prize) => ({
    place: prize.place === null ? '' : String(prize.place),
    kind: prize.kind,
    amount: prize.amount ?? '',
    currency: prize.currency ?? currency,
    description: prize.description,
  })),
});

/** The changes the server takes: all but the metric and the rule, which a contest keeps. */
export const toContestChanges = (input: CreateContestInput): UpdateContestInput => {
  const { metric: _metric, productLineId: _line, rule: _rule, topN: _topN, threshold: _threshold, ...changes } = input;
  return changes;
};
