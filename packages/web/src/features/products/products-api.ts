import type {
  CreateProductInput,
  CreateProductLineInput,
  Product,
  ProductLine,
  UpdateProductInput,
  UpdateProductLineInput,
} from '@pacer/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../lib/api-client';
import { namedOptions } from '../../lib/format';
import { recordQuery } from '../records/record-api';

/** The product lines with their priority (active ones unless asked). */
export const productLinesQuery = (archived: 'false' | 'all' = 'false') =>
  queryOptions({
    queryKey: ['product-lines', archived] as const,
    queryFn: async ({ signal }) =>
      (await api.get<{ items: ProductLine[] }>('/product-lines', { archived }, signal)).items,
    staleTime: 5 * 60_000,
  });

/** The active product lines as select options. */
export const useProductLineOptions = () => {
  const lines = useQuery(productLinesQuery()).data;
  return useMemo(() => namedOptions(lines), [lines]);
};

export const productQuery = (id: string) => recordQuery<Product>('products', id);

export const productsApi = {
  createLine: (input: CreateProductLineInput) => api.post<ProductLine>('/product-lines', input),
  updateLine: (id: string, input: UpdateProductLineInput) => api.patch<ProductLine>(`/product-lines/${id}`, input),
  archiveLine: (id: string, archived: boolean) =>
    api.post<ProductLine>(`/product-lines/${id}/${archived ? 'archive' : 'restore'}`),
  create: (input: CreateProductInput) => api.post<Product>('/products', input),
  update: (id: string, input: UpdateProductInput) => api.patch<Product>(`/products/${id}`, input),
  archive: (id: string, archived: boolean) => api.post<Product>(`/products/${id}/${archived ? 'archive' : 'restore'}`),
};
