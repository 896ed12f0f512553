import type { Board, Deal, MoveDealStageInput, Pipeline } from '@pacer/core';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../lib/api-client';

/** The board's filters, kept in the URL so a filtered board can be shared and reloaded. */
export const boardSearchSchema = z.object({
  pipelineId: z.string().optional(),
  ownerId: z.string().optional(),
  teamId: z.string().optional(),
  q: z.string().optional(),
});
export type BoardSearch = z.infer<typeof boardSearchSchema>;

/** Deals a column shows at first, and how many more each "show more" adds (the server allows 200). */
export const firstPerStage = 50;
export const maxPerStage = 200;

export interface BoardFilters extends BoardSearch {
  perStage: number;
}

export const boardKey = (filters: BoardFilters) => ['deals', 'board', filters] as const;

/** One pipeline's board: per stage its count, sums per currency and first deals. */
export const boardQuery = (filters: BoardFilters) =>
  queryOptions({
    queryKey: boardKey(filters),
    queryFn: ({ signal }) =>
      api.get<Board>(
        '/deals/board',
        {
          pipelineId: filters.pipelineId,
          ownerId: filters.ownerId,
          teamId: filters.teamId,
          q: filters.q,
          perStage: filters.perStage,
        },
        signal,
      ),
    // Keep the last board on screen while a new filter loads, instead of a skeleton flash.
    placeholderData: (previous) => previous,
  });

/** The org's pipelines with their stages, for the picker. */
export const pipelinesQuery = queryOptions({
  queryKey: ['pipelines', 'board'] as const,
  queryFn: async ({ signal }) => (await api.get<{ items: Pipeline[] }>('/pipelines', undefined, signal)).items,
  staleTime: 5 * 60_000,
});

/** Move a deal to another stage; won and lost stages take a close date, lost ones a reason. */
export const moveDealStage = (dealId: string, input: MoveDealStageInput) =>
  api.post<Deal>(`/deals/${dealId}/stage`, input);
