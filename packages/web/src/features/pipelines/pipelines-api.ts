import type { CreatePipelineInput, Pipeline, Stage, UpdatePipelineInput } from '@pacer/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/** The org's active pipelines with their ordered stages; every deal page needs them. */
export const pipelinesQuery = queryOptions({
  queryKey: ['pipelines'] as const,
  queryFn: async ({ signal }) => (await api.get<{ items: Pipeline[] }>('/pipelines', undefined, signal)).items,
  staleTime: 5 * 60_000,
});

/** Every pipeline, archived ones too (the admin page). */
export const allPipelinesQuery = queryOptions({
  queryKey: ['pipelines', 'all'] as const,
  queryFn: async ({ signal }) =>
    (await api.get<{ items: Pipeline[] }>('/pipelines', { archived: 'all' }, signal)).items,
});

export const pipelinesApi = {
  create: (input: CreatePipelineInput) => api.post<Pipeline>('/pipelines', input),
  update: (id: string, input: UpdatePipelineInput) => api.patch<Pipeline>(`/pipelines/${id}`, input),
  archive: (id: string, archived: boolean) =>
    api.post<Pipeline>(`/pipelines/${id}/${archived ? 'archive' : 'restore'}`),
};

/** The default pipeline, else the first. */
export const defaultPipeline = (pipelines: readonly Pipeline[]): Pipeline | undefined =>
  pipelines.find((pipeline) => pipeline.isDefault) ?? pipelines[0];

/** Select options of stages, grouped by pipeline when there are several; `first` leads the list. */
export const stageOptions = (pipelines: readonly Pipeline[], first?: string) => {
  const shown = first ? [...pipelines].sort((a, b) => Number(b.id === first) - Number(a.id === first)) : pipelines;
  if (shown.length === 1) return (shown[0]?.stages ?? []).map((stage) => ({ value: stage.id, label: stage.name }));
  return shown.map((pipeline) => ({
    group: pipeline.name,
    items: pipeline.stages.map((stage) => ({ value: stage.id, label: stage.name })),
  }));
};

/** Find a stage by id across pipelines. */
export const findStage = (pipelines: readonly Pipeline[], stageId: string | null | undefined): Stage | undefined =>
  pipelines.flatMap((pipeline) => pipeline.stages).find((stage) => stage.id === stageId);
