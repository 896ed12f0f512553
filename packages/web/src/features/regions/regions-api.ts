import type { CreateRegionInput, Region, UpdateRegionInput } from '@pacer/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/** Every region and territory of the org. */
export const regionsQuery = queryOptions({
  queryKey: ['regions'] as const,
  queryFn: async ({ signal }) => (await api.get<{ items: Region[] }>('/regions', undefined, signal)).items,
});

export const regionsApi = {
  create: (input: CreateRegionInput) => api.post<Region>('/regions', input),
  update: (regionId: string, input: UpdateRegionInput) => api.patch<Region>(`/regions/${regionId}`, input),
  remove: (regionId: string) => api.delete(`/regions/${regionId}`),
};
