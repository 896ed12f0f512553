import { Button, Group, Text } from '@mantine/core';
import { type Deal, type DealDetail, Money } from '@pacer/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { api } from '../../lib/api-client';
import { formatMoney } from '../../lib/format';
import { dealQuery } from '../deals/deals-api';
import type { Page } from '../records/record-api';
import { SectionCard } from '../records/record-details';
import { type CompRunLinesAnswer, compRunLinesQuery } from './comp-api';
import { EarningLines, type LineRow } from './comp-earning-lines';
import type { ExplainContext } from './comp-explanation';
import { useCompNames } from './comp-format';

/** Lines shown before "show all": a busy rep's quarter can have hundreds. */
const firstLines = 100;

/** A short stand-in while a deal's name loads (or when the deal is out of reach). */
export const shortId = (id: string): string => `#${id.slice(0, 8)}`;

interface RunScope {
  runId: string;
  repId: string;
  repName: string;
  periodStart: string;
  periodEnd: string;
}

/**
 * Names of deals a statement's open credits are about (its lines carry their own): the rep's won
 * deals of the period in one list, and the few others one by one.
 */
export const useDealNames = (
  { repId, periodStart, periodEnd }: Pick<RunScope, 'repId' | 'periodStart' | 'periodEnd'>,
  dealIds: readonly string[],
  enabled = true,
) => {
  const own = useQuery({
    enabled,
    queryKey: ['deals', 'list', 'comp-run', repId, periodStart, periodEnd] as const,
    queryFn: ({ signal }) =>
      api.get<Page<Deal>>(
        '/deals',
        { ownerId: repId, stageKind: 'won', closedFrom: periodStart, closedTo: periodEnd, limit: 500 },
        signal,
      ),
  });
  const names = new Map((own.data?.items ?? []).map((deal) => [deal.id, deal.name]));
  const missing = own.data ? dealIds.filter((id) => !names.has(id)) : [];
  const others = useQueries({ queries: missing.map((id) => ({ ...dealQuery(id), staleTime: 5 * 60_000 })) });
  for (const deal of others) {
    const data = deal.data as DealDetail | undefined;
    if (data) names.set(data.id, data.name);
  }
  return (id: string) => names.get(id) ?? shortId(id);
};

/** The deal names the lines carry, by deal. */
export const namesOfLines = (lines: readonly { dealId: string | null; dealName: string | null }[]) =>
  new Map(lines.flatMap((line) => (line.dealId && line.dealName ? [[line.dealId, line.dealName] as const] : [])));

/** The exact sum of the lines in one currency. */
const sumOf = (rows: readonly LineRow[], currency: string): string =>
  rows
    .filter((row) => row.currency === currency)
    .reduce((sum, row) => sum.plus(row.amount), new Money(0))
    .toFixed();

const rowsOf = (lines: CompRunLinesAnswer['lines']): LineRow[] =>
  lines.map((line) => ({ ...line, key: `${line.repId}-${line.position}` }));

/** One rep's lines of a run, each explained, with the sum per currency. */
export const CompRunLines = (scope: RunScope) => {
  const { t } = useTranslation();
  const names = useCompNames(t);
  const lines = useQuery(compRunLinesQuery(scope.runId, scope.repId));
  const [showAll, setShowAll] = useState(false);
  const rows = useMemo(() => rowsOf(lines.data?.lines ?? []), [lines.data]);
  const shown = showAll ? rows : rows.slice(0, firstLines);
  // Each line comes with its deal's name: no request per deal.
  const dealNames = useMemo(() => namesOfLines(lines.data?.lines ?? []), [lines.data]);
  const context: ExplainContext = { t, names, dealName: (id) => dealNames.get(id) ?? shortId(id) };
  const currencies = [...new Set(rows.map((row) => row.currency))].sort();

  return (
    <SectionCard title={t('comp.run.linesOf', { name: scope.repName })} testId="comp-run-lines">
      {lines.isError ? (
        <QueryLoadError query={lines} />
      ) : !lines.data ? (
        <RowsSkeleton rows={3} height={72} />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comp.run.noLines')}
        </Text>
      ) : (
        <>
          <EarningLines lines={shown} context={context} />
          <Group justify="space-between" mt="sm" gap="lg">
            {shown.length < rows.length ? (
              <Button variant="subtle" size="compact-sm" onClick={() => setShowAll(true)} data-testid="comp-run-all">
                {t('comp.run.showAll', { count: rows.length })}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="lg">
              {currencies.map((currency) => (
                <Text key={currency} fw={700} data-testid="comp-run-lines-sum">
                  {t('comp.run.sum', { amount: formatMoney(sumOf(rows, currency), currency) })}
                </Text>
              ))}
            </Group>
          </Group>
        </>
      )}
    </SectionCard>
  );
};
