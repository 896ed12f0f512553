import { Button, Card, Group, Table, Text } from '@mantine/core';
import type { CompStatement } from '@pacer/core';
import { IconFileDollar } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatCount } from '../../lib/format';
import { useSession } from '../auth/session';
import { statementsQuery } from './statement-api';
import { PayoutExport, periodOfSearch, StatementFilters, type StatementSearch } from './statement-list-filters';
import { formatPeriod, formatTotals, numericStyle, StatementStatusBadge } from './statement-status';

const route = getRouteApi('/app/comp-statements');

/** One statement of the list: who, which period, where it stands, and what it pays. */
const StatementRow = ({ statement }: { statement: CompStatement }) => {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="statement-row" data-statement-id={statement.id} data-rep-id={statement.repId}>
      <Table.Td>
        <AnchorLink
          to="/comp-statements/$statementId"
          params={{ statementId: statement.id }}
          fw={600}
          data-testid="statement-link"
        >
          {statement.repName}
        </AnchorLink>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {formatPeriod(t, statement.periodStart, statement.periodEnd)}
      </Table.Td>
      <Table.Td>
        <StatementStatusBadge status={statement.status} />
      </Table.Td>
      <Table.Td ta="right" style={numericStyle}>
        {formatCount(statement.lineCount + statement.adjustmentCount)}
      </Table.Td>
      <Table.Td ta="right" style={numericStyle} c={statement.openInquiries > 0 ? 'orange' : 'dimmed'}>
        {formatCount(statement.openInquiries)}
      </Table.Td>
      <Table.Td ta="right" style={numericStyle} fw={700} data-testid="statement-total">
        {formatTotals(statement.totals)}
      </Table.Td>
    </Table.Tr>
  );
};

/** Statements the reader may see: a rep their own, a manager their people's, an admin all, newest period first. */
export const StatementListPage = () => {
  const { t } = useTranslation();
  const { member } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [repName, setRepName] = useState<string | null>(null);
  const range = periodOfSearch(search.period);
  const statements = useInfiniteQuery(
    statementsQuery({
      periodStart: range?.periodStart,
      periodEnd: range?.periodEnd,
      status: search.status,
      repId: member.role === 'rep' ? undefined : search.repId,
    }),
  );
  const items = statements.data?.pages.flatMap((page) => page.items) ?? [];
  const change = (next: StatementSearch, name?: string | null) => {
    if (name !== undefined) setRepName(name);
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  };
  const admin = member.role === 'admin';

  return (
    <>
      <PageHeader
        title={t('comp.statements.title')}
        description={t(member.role === 'rep' ? 'comp.statements.subtitleRep' : 'comp.statements.subtitleLead')}
        actions={admin ? <PayoutExport period={search.period} /> : undefined}
      />
      <StatementFilters search={search} repName={repName} onChange={change} />
      {admin && !range ? (
        <Text size="sm" c="dimmed" mt="-sm" mb="md">
          {t('comp.statements.exportHint')}
        </Text>
      ) : null}
      {statements.isError ? (
        <QueryLoadError query={statements} />
      ) : !statements.data ? (
        <RowsSkeleton rows={5} />
      ) : items.length === 0 ? (
        <EmptyCard
          icon={<IconFileDollar size={28} />}
          title={t('comp.statements.emptyTitle')}
          description={t('comp.statements.emptyBody')}
        />
      ) : (
        <Card p={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="statement-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('comp.statements.rep')}</Table.Th>
                  <Table.Th>{t('comp.statements.period')}</Table.Th>
                  <Table.Th>{t('comp.statements.status')}</Table.Th>
                  <Table.Th ta="right">{t('comp.statements.lines')}</Table.Th>
                  <Table.Th ta="right">{t('comp.statements.questions')}</Table.Th>
                  <Table.Th ta="right">{t('comp.statements.total')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((statement) => (
                  <StatementRow key={statement.id} statement={statement} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {statements.hasNextPage ? (
            <Group justify="center" p="sm">
              <Button
                variant="subtle"
                loading={statements.isFetchingNextPage}
                onClick={() => void statements.fetchNextPage()}
              >
                {t('comp.statements.more')}
              </Button>
            </Group>
          ) : null}
        </Card>
      )}
    </>
  );
};
