import type {
  AddCompPlanVersionInput,
  AssignCompPlanInput,
  CompAcknowledgement,
  CompCalculationInput,
  CompPlan,
  CompPlanAssignment,
  CompPlanDetail,
  CompRun,
  CreateCompPlanInput,
  CreateCompRunInput,
  compRunLinesSchema,
  Deal,
  Goal,
  MyCompPlan,
  Product,
  UpdateCompAssignmentInput,
} from '@pacer/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api-client';
import type { Page } from '../records/record-api';

export type CompRunLinesAnswer = z.infer<typeof compRunLinesSchema>;

/** The period a what-if deal closed today is paid in. */
export const whatIfPeriods = ['quarter', 'month'] as const;
export type WhatIfPeriod = (typeof whatIfPeriods)[number];

/** GET /me/comp-what-if-basis: the engine input of the caller's period so far. */
export interface WhatIfBasis {
  on: string;
  periodKind: WhatIfPeriod;
  input: CompCalculationInput;
}

/** Comp plans by name, with or without the archived ones (a plan list rarely passes a page). */
export const compPlansQuery = (archived: boolean) =>
  queryOptions({
    queryKey: ['comp-plans', 'list', archived] as const,
    queryFn: ({ signal }) =>
      api.get<Page<CompPlan>>('/comp-plans', { archived: archived ? 'true' : undefined, limit: 200 }, signal),
    placeholderData: keepPreviousData,
  });

/** One plan with its versions, assignments and acknowledgements. */
export const compPlanQuery = (planId: string) =>
  queryOptions({
    queryKey: ['comp-plans', 'detail', planId] as const,
    queryFn: ({ signal }) => api.get<CompPlanDetail>(`/comp-plans/${planId}`, undefined, signal),
  });

/** The plan paying the signed-in person today. */
export const myCompPlanQuery = queryOptions({
  queryKey: ['comp-plans', 'mine'] as const,
  queryFn: ({ signal }) => api.get<MyCompPlan>('/me/comp-plan', undefined, signal),
});

/** What the what-if calculator adds deals to; read once per period, then every change is local. */
export const whatIfBasisQuery = (period: WhatIfPeriod) =>
  queryOptions({
    queryKey: ['comp-plans', 'what-if-basis', period] as const,
    queryFn: ({ signal }) => api.get<WhatIfBasis>('/me/comp-what-if-basis', { period }, signal),
  });

/** The signed-in rep's open deals, largest first: what the what-if can pick from. */
export const myOpenDealsQuery = (userId: string) =>
  queryOptions({
    queryKey: ['deals', 'list', 'what-if', userId] as const,
    queryFn: ({ signal }) =>
      api.get<Page<Deal>>('/deals', { ownerId: userId, stageKind: 'open', sort: '-amount', limit: 200 }, signal),
  });

/** A run's lines, all or one rep's. */
export const compRunLinesQuery = (runId: string, repId: string) =>
  queryOptions({
    queryKey: ['comp-runs', runId, 'lines', repId] as const,
    queryFn: ({ signal }) => api.get<CompRunLinesAnswer>(`/comp-runs/${runId}/lines`, { repId }, signal),
  });

/** Products a SPIFF can name. */
export const compProductsQuery = queryOptions({
  queryKey: ['products', 'list', 'comp-picker'] as const,
  queryFn: async ({ signal }) => (await api.get<Page<Product>>('/products', { limit: 500 }, signal)).items,
  staleTime: 5 * 60_000,
});

/** Goals and milestones a bonus can be paid on (the ones in reach, archived left out). */
export const compGoalsQuery = queryOptions({
  queryKey: ['goals', 'list', 'comp-picker'] as const,
  queryFn: async ({ signal }) => (await api.get<Page<Goal>>('/goals', { limit: 200 }, signal)).items,
  staleTime: 5 * 60_000,
});

export const compApi = {
  create: (input: CreateCompPlanInput) => api.post<CompPlanDetail>('/comp-plans', input),
  addVersion: (planId: string, input: AddCompPlanVersionInput) =>
    api.post<CompPlanDetail>(`/comp-plans/${planId}/versions`, input),
  rename: (planId: string, name: string) => api.patch<CompPlanDetail>(`/comp-plans/${planId}`, { name }),
  archive: (planId: string, archived: boolean) =>
    api.post<CompPlanDetail>(`/comp-plans/${planId}/${archived ? 'archive' : 'restore'}`),
  assign: (planId: string, input: AssignCompPlanInput) =>
    api.post<CompPlanAssignment>(`/comp-plans/${planId}/assignments`, input),
  updateAssignment: (planId: string, assignmentId: string, input: UpdateCompAssignmentInput) =>
    api.patch<CompPlanAssignment>(`/comp-plans/${planId}/assignments/${assignmentId}`, input),
  removeAssignment: (planId: string, assignmentId: string) =>
    api.delete(`/comp-plans/${planId}/assignments/${assignmentId}`),
  acknowledge: (planId: string, versionId: string) =>
    api.post<CompAcknowledgement>(`/comp-plans/${planId}/versions/${versionId}/acknowledge`),
  run: (input: CreateCompRunInput) => api.post<CompRun>('/comp-runs', input),
};
