import { Button, Group, Stack, Table, Text } from '@mantine/core';
import type { CompRunDetail, CompRunSummary } from '@pacer/core';
import { IconFolderOpen, IconListDetails } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { formatCount, formatDateTime, formatDay, formatMoney } from '../../lib/format';
import { SectionCard } from '../records/record-details';
import { compRunQuery, compRunsQuery } from './comp-run-api';
import { CompRunLines } from './comp-run-lines';
import { runTeamsText } from './comp-run-team';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

const totalsText = (totals: CompRunSummary['totals']) =>
  totals.length === 0 ? '—' : totals.map((total) => formatMoney(total.amount, total.currency)).join(' · ');

/** An opened past run: what it paid each rep, and one rep's lines on demand. */
const OpenedRun = ({ run }: { run: CompRunDetail }) => {
  const { t } = useTranslation();
  const [repId, setRepId] = useState<string | null>(null);
  const rep = run.reps.find((candidate) => candidate.repId === repId);
  return (
    <Stack gap="lg">
      <SectionCard
        title={t('comp.run.history.openedTitle', { from: formatDay(run.periodStart), to: formatDay(run.periodEnd) })}
        testId="comp-run-opened"
      >
        <Text size="xs" c="dimmed" mb="sm">
          {t('comp.run.history.ranBy', { at: formatDateTime(run.createdAt), name: run.createdByName ?? '—' })} ·{' '}
          {runTeamsText(run.teams, t('comp.run.wholeOrg'))}
        </Text>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('comp.run.rep')}</Table.Th>
              <Table.Th ta="right">{t('comp.run.total')}</Table.Th>
              <Table.Th ta="right">{t('comp.run.lines')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.reps.map((row) => (
              <Table.Tr
                key={row.repId}
                bg={row.repId === repId ? 'var(--mantine-primary-color-light)' : undefined}
                data-testid="comp-run-opened-rep"
              >
                <Table.Td fw={500}>{row.repName}</Table.Td>
                <Table.Td ta="right" fw={600} style={numeric}>
                  {totalsText(row.totals)}
                </Table.Td>
                <Table.Td ta="right" style={numeric}>
                  {formatCount(row.lineCount)}
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconListDetails size={14} />}
                    onClick={() => setRepId(row.repId)}
                    aria-label={t('comp.run.showLinesOf', { name: row.repName })}
                  >
                    {t('comp.run.showLines')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SectionCard>
      {rep ? (
        <CompRunLines
          key={`${run.id}-${rep.repId}`}
          runId={run.id}
          repId={rep.repId}
          repName={rep.repName}
          periodStart={run.periodStart}
          periodEnd={run.periodEnd}
        />
      ) : null}
    </Stack>
  );
};

const OpenedRunLoader = ({ runId }: { runId: string }) => {
  const run = useQuery(compRunQuery(runId));
  if (run.isError) return <QueryLoadError query={run} />;
  if (!run.data) return <RowsSkeleton rows={3} height={40} />;
  return <OpenedRun run={run.data} />;
};

/** The runs made so far, newest first, each with what it paid; open one to read its reps and lines. */
export const CompRunHistory = () => {
  const { t } = useTranslation();
  const runs = useInfiniteQuery(compRunsQuery);
  const [openId, setOpenId] = useState<string | null>(null);
  const items = runs.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="lg">
      <SectionCard title={t('comp.run.history.title')} testId="comp-run-history">
        {runs.isError ? (
          <QueryLoadError query={runs} />
        ) : !runs.data ? (
          <RowsSkeleton rows={3} height={36} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('comp.run.history.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('comp.run.history.period')}</Table.Th>
                  <Table.Th>{t('comp.run.history.ranAt')}</Table.Th>
                  <Table.Th ta="right">{t('comp.run.history.reps')}</Table.Th>
                  <Table.Th ta="right">{t('comp.run.lines')}</Table.Th>
                  <Table.Th ta="right">{t('comp.run.total')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((run) => (
                  <Table.Tr
                    key={run.id}
                    data-testid="comp-run-history-row"
                    bg={run.id === openId ? 'var(--mantine-primary-color-light)' : undefined}
                  >
                    <Table.Td>
                      <Text size="sm" style={numeric}>
                        {formatDay(run.periodStart)} – {formatDay(run.periodEnd)}
                      </Text>
                      <Text size="xs" c="dimmed" data-testid="comp-run-history-teams">
                        {runTeamsText(run.teams, t('comp.run.wholeOrg'))}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(run.createdAt)}</Text>
                      <Text size="xs" c="dimmed">
                        {run.createdByName ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={numeric}>
                      {formatCount(run.repCount)}
                    </Table.Td>
                    <Table.Td ta="right" style={numeric}>
                      {formatCount(run.lineCount)}
                    </Table.Td>
                    <Table.Td ta="right" fw={600} style={numeric}>
                      {totalsText(run.totals)}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconFolderOpen size={14} />}
                        onClick={() => setOpenId(run.id)}
                        data-testid="comp-run-open"
                      >
                        {t('comp.run.history.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {runs.hasNextPage ? (
          <Group justify="center" mt="sm">
            <Button
              variant="subtle"
              size="compact-sm"
              loading={runs.isFetchingNextPage}
              onClick={() => runs.fetchNextPage()}
            >
              {t('comp.run.history.more')}
            </Button>
          </Group>
        ) : null}
      </SectionCard>
      {openId ? <OpenedRunLoader key={openId} runId={openId} /> : null}
    </Stack>
  );
};
