import type { DealDetail, MoveDealStageInput, StageChange } from '@pacer/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { recordQuery } from '../records/record-api';

export const dealQuery = (id: string) => recordQuery<DealDetail>('deals', id);

/** The stages a deal went through, oldest first. */
export const stageChangesQuery = (dealId: string) =>
  queryOptions({
    queryKey: ['deals', 'stage-changes', dealId] as const,
    queryFn: async ({ signal }) =>
      (await api.get<{ items: StageChange[] }>(`/deals/${dealId}/stage-changes`, undefined, signal)).items,
  });

export const dealsApi = {
  moveStage: (dealId: string, input: MoveDealStageInput) => api.post<DealDetail>(`/deals/${dealId}/stage`, input),
};
