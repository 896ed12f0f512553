import { Box, Card, Group, SegmentedControl, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { EstimateSummary } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MonthRangeInput } from '../../components/date-inputs';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { api } from '../../lib/api-client';
import { formatMoney, namedOptions } from '../../lib/format';
import { useSession } from '../auth/session';
import { MemberPicker } from '../people/member-picker';
import { listMembers } from '../people/people-api';
import { productLinesQuery } from '../products/products-api';
import { parseListSearch } from '../records/record-api';
import { TeamSelect } from '../teams/team-select';
import { EstimatesViewToggle } from './estimates-page';

const pad = (value: number) => String(value).padStart(2, '0');
const monthOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;

/** The months from one YYYY-MM to another, inclusive. */
const monthsBetween = (from: string, to: string): string[] => {
  const months: string[] = [];
  let [year = 2000, month = 1] = from.split('-').map(Number);
  const end = to;
  while (`${year}-${pad(month)}` <= end && months.length < 36) {
    months.push(`${year}-${pad(month)}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
};

const lastDay = (month: string) => {
  const [year = 2000, number = 1] = month.split('-').map(Number);
  return `${month}-${pad(new Date(Date.UTC(year, number, 0)).getUTCDate())}`;
};

const defaultRange = () => {
  const now = new Date();
  return { from: monthOf(new Date(now.getFullYear(), now.getMonth() - 5, 1)), to: monthOf(now) };
};

type Row = EstimateSummary['rows'][number];

/** Estimates counted per rep, product line and month: a red cell is a month a line went without. */
export const EstimateSummaryPage = () => {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const search = parseListSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const range = defaultRange();
  const from = search.from ?? range.from;
  const to = search.to && search.to >= from ? search.to : from > range.to ? from : range.to;
  const status = search.status === 'all' ? 'all' : 'sent';
  const isRep = session.member.role === 'rep';
  const set = (patch: Record<string, string | null>) => {
    const next: Record<string, string> = { ...search };
    for (const [key, value] of Object.entries(patch)) {
      if (value) next[key] = value;
      else delete next[key];
    }
    void navigate({ to: '.', search: next as never, replace: true });
  };

  const lines = useQuery(productLinesQuery());
  const summary = useQuery({
    queryKey: [
      'estimates',
      'summary',
      { from, to, status, teamId: search.teamId, ownerId: search.ownerId, productLineId: search.productLineId },
    ],
    queryFn: ({ signal }) =>
      api.get<EstimateSummary>(
        '/estimates/summary',
        {
          from: `${from}-01`,
          to: lastDay(to),
          status,
          teamId: search.teamId,
          ownerId: search.ownerId,
          productLineId: search.productLineId,
        },
        signal,
      ),
  });
  // Reps who sent nothing have no rows: the member list brings them in, so their gaps show too.
  const reps = useQuery({
    queryKey: ['members', 'reps', search.teamId ?? null],
    queryFn: ({ signal }) => listMembers({ role: 'rep', status: 'active', teamId: search.teamId, limit: 500 }, signal),
    enabled: !isRep && !search.ownerId,
  });

  const months = monthsBetween(from, to);
  const monthLabel = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language === 'de' ? 'de-DE' : 'en-GB', {
      month: 'short',
      year: '2-digit',
      timeZone: 'UTC',
    });
    return (month: string) => {
      const [year = 2000, number = 1] = month.split('-').map(Number);
      return format.format(new Date(Date.UTC(year, number - 1, 1)));
    };
  }, [i18n.language]);

  const table = useMemo(() => {
    const rows = summary.data?.rows ?? [];
    const cells = new Map<string, Row>();
    const people = new Map<string, string>();
    for (const row of rows) {
      cells.set(`${row.ownerId}|${row.productLineId}|${row.month}`, row);
      people.set(row.ownerId, row.ownerName);
    }
    if (isRep) people.set(session.user.id, session.user.name);
    for (const member of reps.data?.items ?? []) people.set(member.userId, member.name);
    const shownLines = (lines.data ?? []).filter((line) => !search.productLineId || line.id === search.productLineId);
    return {
      cells,
      people: [...people].sort((a, b) => a[1].localeCompare(b[1])),
      lines: shownLines,
    };
  }, [summary.data, reps.data, lines.data, search.productLineId, isRep, session.user]);

  const cell = (ownerId: string, lineId: string, month: string) => {
    const row = table.cells.get(`${ownerId}|${lineId}|${month}`);
    if (!row) {
      return (
        <Table.Td ta="center" bg="var(--mantine-color-red-light)" data-empty>
          <Text size="sm" c="red" fw={600} aria-label={t('estimates.summaryPage.none')}>
            0
          </Text>
        </Table.Td>
      );
    }
    return (
      <Table.Td ta="center">
        <Tooltip label={row.amounts.map((amount) => formatMoney(amount.sum, amount.currency)).join(' · ') || '—'}>
          <Text size="sm" fw={600}>
            {row.count}
          </Text>
        </Tooltip>
      </Table.Td>
    );
  };

  return (
    <>
      <PageHeader
        title={t('estimates.summaryPage.title')}
        description={t('estimates.summaryPage.subtitle')}
        actions={<EstimatesViewToggle value="summary" />}
      />
      <Card p={0}>
        <Group p="sm" gap="sm" wrap="wrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          <MonthRangeInput
            aria-label={t('estimates.summaryPage.months')}
            value={[from, to]}
            onChange={([start, end]) => set({ from: start, to: end })}
            w={{ base: '100%', xs: 240 }}
          />
          <Select
            aria-label={t('records.fields.productLine')}
            placeholder={t('records.fields.productLine')}
            data={namedOptions(lines.data)}
            value={search.productLineId ?? null}
            onChange={(value) => set({ productLineId: value })}
            clearable
            w={{ base: '100%', xs: 200 }}
          />
          {isRep ? null : (
            <>
              <TeamSelect
                enabled={!isRep}
                aria-label={t('records.list.team')}
                placeholder={t('records.list.team')}
                value={search.teamId ?? null}
                onChange={(value) => set({ teamId: value })}
                w={{ base: '100%', xs: 200 }}
              />
              <MemberPicker
                aria-label={t('estimates.summaryPage.rep')}
                placeholder={t('estimates.summaryPage.rep')}
                value={search.ownerId ?? null}
                onChange={(value) => set({ ownerId: value })}
                w={{ base: '100%', xs: 200 }}
              />
            </>
          )}
          <SegmentedControl
            title={t('estimates.summaryPage.sentHint')}
            value={status}
            onChange={(value) => set({ status: value === 'all' ? 'all' : null })}
            data={[
              { value: 'sent', label: t('estimates.summaryPage.sent') },
              { value: 'all', label: t('estimates.summaryPage.all') },
            ]}
          />
        </Group>
        <Box p={{ base: 'xs', sm: 0 }}>
          {summary.isError ? (
            <Box p="md">
              <QueryLoadError query={summary} />
            </Box>
          ) : !summary.data || !lines.data ? (
            <Box p="md">
              <RowsSkeleton rows={6} height={32} />
            </Box>
          ) : table.people.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl" size="sm">
              {t('estimates.summaryPage.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={360 + months.length * 64} type="native">
              <Table
                verticalSpacing={6}
                horizontalSpacing="sm"
                fz="sm"
                withColumnBorders
                tabularNums
                data-testid="estimate-summary"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th fz="xs" c="dimmed">
                      {t('estimates.summaryPage.rep')}
                    </Table.Th>
                    <Table.Th fz="xs" c="dimmed">
                      {t('records.fields.productLine')}
                    </Table.Th>
                    {months.map((month) => (
                      <Table.Th key={month} fz="xs" c="dimmed" ta="center" style={{ whiteSpace: 'nowrap' }}>
                        {monthLabel(month)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {table.people.flatMap(([ownerId, name]) =>
                    table.lines.map((line, index) => (
                      <Table.Tr key={`${ownerId}-${line.id}`}>
                        {index === 0 ? (
                          <Table.Td rowSpan={table.lines.length} fw={600} style={{ verticalAlign: 'top' }}>
                            {name}
                          </Table.Td>
                        ) : null}
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{line.name}</Table.Td>
                        {months.map((month) => (
                          <Fragment key={month}>{cell(ownerId, line.id, month)}</Fragment>
                        ))}
                      </Table.Tr>
                    )),
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Box>
        <Stack p="sm" gap={0} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Text size="xs" c="dimmed">
            {t('estimates.summaryPage.legend')}
          </Text>
        </Stack>
      </Card>
    </>
  );
};
