import type { CompComponent, CompPlanTerms, ProductLinePriority } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { formatDecimal } from '../../lib/format';
import { productLinesQuery } from '../products/products-api';
import { compGoalsQuery, compProductsQuery } from './comp-api';

/** Plan terms as the API stores them; the server validated them against the contract on the way in. */
export type PlanTerms = Omit<CompPlanTerms, 'components'> & { components: CompComponent[] };

/** The stored terms of a version (loosely typed in the API's answer) as the contract's type. */
export const termsOf = (terms: { components: unknown[] }): PlanTerms => terms as unknown as PlanTerms;

/** A percent as people write it: "7.5 %" / "7,5 %". */
export const formatRate = (value: string | null | undefined): string =>
  value === null || value === undefined || value === '' ? '—' : `${formatDecimal(value, 4)} %`;

/** Names of the things plan terms and earning lines refer to by id, with a readable fallback. */
export interface CompNames {
  productLine: (id: string | null | undefined) => string;
  product: (id: string | null | undefined) => string;
  goal: (id: string | null | undefined) => string;
  priority: (priority: ProductLinePriority | string | null | undefined) => string;
}

const nameIn = (items: readonly { id: string; name: string }[] | undefined, fallback: string) => {
  const names = new Map((items ?? []).map((item) => [item.id, item.name]));
  return (id: string | null | undefined) => (id ? (names.get(id) ?? fallback) : fallback);
};

/** Looks up product lines, products and goals once for a page of terms or lines. */
export const useCompNames = (t: TFunction): CompNames => {
  const lines = useQuery(productLinesQuery('all')).data;
  const products = useQuery(compProductsQuery).data;
  const goals = useQuery(compGoalsQuery).data;
  return useMemo(
    () => ({
      productLine: nameIn(lines, t('comp.terms.someLine')),
      product: nameIn(products, t('comp.terms.someProduct')),
      goal: nameIn(goals, t('comp.terms.someGoal')),
      priority: (priority) =>
        priority === 'push' || priority === 'standard' || priority === 'loss_leader'
          ? t(`records.vocab.priority.${priority}`)
          : String(priority ?? ''),
    }),
    [lines, products, goals, t],
  );
};
