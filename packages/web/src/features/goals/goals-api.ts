import type {
  Account,
  CascadeGoalInput,
  CreateGoalInput,
  EstimatesRuleInput,
  EstimatesRuleResult,
  Goal,
  GoalAttainment,
  GoalContributions,
  GoalDetail,
  GoalFacts,
  GoalListQuery,
  GoalSeries,
  GoalYearOverYear,
  RollForwardGoalInput,
  RollForwardProposal,
  UpdateGoalInput,
} from '@pacer/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { useSession } from '../auth/session';
import type { Page } from '../records/record-api';

/** The list filters the page sends; everything else keeps the API's defaults (progress on, archived off). */
export type GoalFilters = Partial<Pick<GoalListQuery, 'on' | 'scopeKind' | 'repId' | 'parentId' | 'metric'>> & {
  archived?: boolean;
};

/** Goals in reach with their pace, soonest deadline first; the first 200 (a page of goals rarely holds more). */
export const goalsQuery = (filters: GoalFilters) =>
  queryOptions({
    queryKey: ['goals', 'list', filters] as const,
    queryFn: ({ signal }) =>
      api.get<Page<Goal>>(
        '/goals',
        { ...filters, archived: filters.archived ? 'true' : undefined, progress: 'true', limit: 200 },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

/** One goal with its parts and the history of its target. */
export const goalQuery = (goalId: string) =>
  queryOptions({
    queryKey: ['goals', 'detail', goalId] as const,
    queryFn: ({ signal }) => api.get<GoalDetail>(`/goals/${goalId}`, undefined, signal),
  });

/** The burn-up of a goal: running total to today, pace line and projection fan to the deadline. */
export const goalSeriesQuery = (goalId: string) =>
  queryOptions({
    queryKey: ['goals', 'series', goalId] as const,
    queryFn: ({ signal }) => api.get<GoalSeries>(`/goals/${goalId}/series`, undefined, signal),
  });

/** Who and which product lines made the goal's number so far. */
export const goalContributionsQuery = (goalId: string) =>
  queryOptions({
    queryKey: ['goals', 'contributions', goalId] as const,
    queryFn: ({ signal }) => api.get<GoalContributions>(`/goals/${goalId}/contributions`, undefined, signal),
  });

/** A rep's revenue quota attainment this month, quarter and year, against last year. */
export const goalAttainmentQuery = (repId: string) =>
  queryOptions({
    queryKey: ['goals', 'attainment', repId] as const,
    queryFn: ({ signal }) => api.get<GoalAttainment>('/goals/attainment', { repId }, signal),
  });

/** The deals, activities or estimates behind the goal's number, for everyone or one rep. */
export const goalFactsQuery = (goalId: string, repId: string | null) =>
  queryOptions({
    queryKey: ['goals', 'facts', goalId, repId] as const,
    queryFn: ({ signal }) =>
      api.get<GoalFacts>(`/goals/${goalId}/facts`, { limit: 50, ...(repId ? { repId } : {}) }, signal),
  });

/** The goal's metric by month and quarter against the same span in the two years before. */
export const goalYearOverYearQuery = (goalId: string) =>
  queryOptions({
    queryKey: ['goals', 'year-over-year', goalId] as const,
    queryFn: ({ signal }) => api.get<GoalYearOverYear>(`/goals/${goalId}/year-over-year`, undefined, signal),
  });

/** What rolling a goal forward would set; asked fresh each time the dialog opens. */
export const rollForwardQuery = (goalId: string) =>
  queryOptions({
    queryKey: ['goals', 'roll-forward', goalId] as const,
    queryFn: ({ signal }) => api.get<RollForwardProposal>(`/goals/${goalId}/roll-forward`, undefined, signal),
    staleTime: 0,
  });

/** Accounts whose name matches, for the account set of a goal. */
export const searchAccounts = (q: string, signal?: AbortSignal) =>
  api.get<Page<Account>>('/accounts', { q: q || undefined, limit: 20 }, signal);

export const goalsApi = {
  create: (input: CreateGoalInput) => api.post<GoalDetail>('/goals', input),
  update: (goalId: string, input: UpdateGoalInput) => api.patch<GoalDetail>(`/goals/${goalId}`, input),
  archive: (goalId: string, archived: boolean) =>
    api.post<GoalDetail>(`/goals/${goalId}/${archived ? 'archive' : 'restore'}`),
  cascade: (goalId: string, input: CascadeGoalInput) => api.post<GoalDetail>(`/goals/${goalId}/cascade`, input),
  estimatesRule: (goalId: string, input: EstimatesRuleInput) =>
    api.post<EstimatesRuleResult>(`/goals/${goalId}/estimates-rule`, input),
  rollForward: (goalId: string, input: RollForwardGoalInput) =>
    api.post<GoalDetail>(`/goals/${goalId}/roll-forward`, input),
};

/**
 * Whether the signed-in person may set and change goals: admins and managers (the API answers 403
 * to the others, and to a manager on a scope outside their teams). By role rather than by the
 * permission's name, which is still settling in the core.
 */
export const useCanSetGoals = (): boolean => {
  const { role } = useSession().member;
  return role === 'admin' || role === 'manager';
};
