import type {
  CompInquiry,
  CompStatement,
  CompStatementDetail,
  CompStatementListQuery,
  CompStatementStatus,
  CreateCompInquiryInput,
  ReplyCompInquiryInput,
} from '@pacer/core';
import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { Page } from '../records/record-api';

/** What the statements list filters by (the API's query without paging). */
export type StatementFilters = Pick<CompStatementListQuery, 'periodStart' | 'periodEnd' | 'repId' | 'status'>;

/** Statements page by page ("show more"): newest period first, then by rep. */
export const statementsQuery = (filters: StatementFilters) =>
  infiniteQueryOptions({
    queryKey: ['comp-statements', 'list', filters] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<CompStatement>>('/comp-statements', { ...filters, cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** The statements of one period, to link each rep of a run to theirs. */
export const periodStatementsQuery = (periodStart: string, periodEnd: string) =>
  queryOptions({
    queryKey: ['comp-statements', 'list', { periodStart, periodEnd }, 'run'] as const,
    queryFn: ({ signal }) =>
      api.get<Page<CompStatement>>('/comp-statements', { periodStart, periodEnd, limit: 200 }, signal),
  });

/** One statement in full. */
export const statementQuery = (id: string) =>
  queryOptions({
    queryKey: ['comp-statements', 'detail', id] as const,
    queryFn: ({ signal }) => api.get<CompStatementDetail>(`/comp-statements/${id}`, undefined, signal),
  });

/** The workflow steps, in order, and the status each one leaves the statement in. */
export const statementSteps = [
  ['review', 'reviewed'],
  ['approve', 'approved'],
  ['pay', 'paid'],
] as const satisfies readonly (readonly [string, CompStatementStatus])[];
export type StatementStep = (typeof statementSteps)[number][0];

export const statementApi = {
  move: (id: string, step: StatementStep) => api.post<CompStatementDetail>(`/comp-statements/${id}/${step}`),
  ask: (id: string, position: number, input: CreateCompInquiryInput) =>
    api.post<CompInquiry>(`/comp-statements/${id}/lines/${position}/inquiries`, input),
  reply: (inquiryId: string, input: ReplyCompInquiryInput) =>
    api.post<CompInquiry>(`/comp-inquiries/${inquiryId}/replies`, input),
  close: (inquiryId: string) => api.post<CompInquiry>(`/comp-inquiries/${inquiryId}/close`),
};

/** Files are plain GETs with the session cookie: a link downloads them. */
export const statementPdfUrl = (id: string): string => `/api/v1/comp-statements/${id}.pdf`;

export const payoutExportUrl = (format: 'csv' | 'xlsx', periodStart: string, periodEnd: string): string =>
  `/api/v1/comp-payouts.${format}?${new URLSearchParams({ periodStart, periodEnd }).toString()}`;
