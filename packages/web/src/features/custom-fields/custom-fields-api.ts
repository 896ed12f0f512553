import type { CreateCustomFieldInput, CustomField, CustomizableRecordType, UpdateCustomFieldInput } from '@pacer/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/** The org's custom fields of one record type, in their order. */
export const customFieldsQuery = (recordType: CustomizableRecordType) =>
  queryOptions({
    queryKey: ['custom-fields', recordType] as const,
    queryFn: async ({ signal }) =>
      (await api.get<{ items: CustomField[] }>('/custom-fields', { recordType }, signal)).items,
    staleTime: 5 * 60_000,
  });

export const customFieldsApi = {
  create: (input: CreateCustomFieldInput) => api.post<CustomField>('/custom-fields', input),
  update: (id: string, input: UpdateCustomFieldInput) => api.patch<CustomField>(`/custom-fields/${id}`, input),
  remove: (id: string) => api.delete(`/custom-fields/${id}`),
};
