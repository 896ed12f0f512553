import { Group, Stack, Table, Text } from '@mantine/core';
import type { RecordType } from '@pacer/core';
import { useInfiniteQuery, usePrefetchInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { type ListSearch, recordListQuery } from './record-api';
import type { ColumnDef } from './record-columns';
import type { RecordRow } from './record-table';
import type { RecordTab } from './record-tabs';

const relatedLimit = 10;

/** The first records of a related list (an account's contacts, say): for tab counts and the table. */
export const useRelated = <Row,>(type: RecordType, filters: ListSearch) =>
  useInfiniteQuery(recordListQuery<Row>(type, filters, relatedLimit));

/** Start loading a related list at once, beside the record itself: no waterfall behind it. */
export const usePrefetchRelated = (type: RecordType, filters: ListSearch) =>
  usePrefetchInfiniteQuery(recordListQuery(type, filters, relatedLimit));

/** How many related records, "10+" when there are more than shown. */
export const relatedCount = (query: { data?: { pages: { items: unknown[]; nextCursor: string | null }[] } }) => {
  const first = query.data?.pages[0];
  if (!first) return null;
  return first.nextCursor ? `${first.items.length}+` : String(first.items.length);
};

interface RelatedListProps<Row extends RecordRow> {
  query: ReturnType<typeof useRelated<Row>>;
  columns: ColumnDef<Row>[];
  onOpen: (row: Row) => void;
  empty: string;
  /** A link to the whole list, filtered to this record. */
  viewAll?: ReactNode;
  /** A button to add one (add contact, say). */
  action?: ReactNode;
}

/** A compact table of records related to the page's record, with a link to all of them. */
export const RelatedList = <Row extends RecordRow>({
  query,
  columns,
  onOpen,
  empty,
  viewAll,
  action,
}: RelatedListProps<Row>) => {
  const rows = query.data?.pages[0]?.items ?? [];
  const more = Boolean(query.data?.pages[0]?.nextCursor);
  if (query.isError) return <QueryLoadError query={query} />;
  if (!query.data) return <RowsSkeleton rows={3} height={32} />;
  return (
    <Stack gap="sm">
      {action ? <Group justify="flex-end">{action}</Group> : null}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" py="md" ta="center">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420} type="native">
          <Table verticalSpacing={6} fz="sm" highlightOnHover tabularNums>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th
                    key={column.id}
                    ta={column.align}
                    fz="xs"
                    fw={600}
                    c="dimmed"
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {column.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr
                  key={row.id}
                  data-testid="related-row"
                  onClick={(event) => {
                    if (!(event.target instanceof HTMLElement && event.target.closest('a, button'))) onOpen(row);
                  }}
                  style={{ cursor: 'pointer', opacity: row.archivedAt ? 0.6 : 1 }}
                >
                  {columns.map((column) => (
                    <Table.Td key={column.id} ta={column.align} maw={260} style={{ overflow: 'hidden' }}>
                      {column.render(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length > 0 && viewAll ? (
        <Group justify={more ? 'center' : 'flex-end'}>
          <Text size="sm">{viewAll}</Text>
        </Group>
      ) : null}
    </Stack>
  );
};

type RelatedType = 'contacts' | 'deals' | 'estimates' | 'activities';

interface RelatedTabOptions<Row extends RecordRow> {
  type: RelatedType;
  /** What ties them to the page's record (`{ accountId }`, say). */
  filter: ListSearch;
  label: string;
  columns: ColumnDef<Row>[];
  onOpen: (row: Row) => void;
  /** A button to add one. */
  action?: ReactNode;
}

/** A record page's tab of related records: their count on the tab, the first of them, a link to all. */
export const useRelatedTab = <Row extends RecordRow>({
  type,
  filter,
  label,
  columns,
  onOpen,
  action,
}: RelatedTabOptions<Row>): RecordTab => {
  const { t } = useTranslation();
  const query = useRelated<Row>(type, filter);
  return {
    value: type,
    label,
    count: relatedCount(query),
    panel: (
      <RelatedList
        query={query}
        columns={columns}
        onOpen={onOpen}
        empty={t('records.page.noneYet')}
        action={action}
        viewAll={
          <AnchorLink to={`/${type}`} search={filter} size="sm">
            {t('records.page.viewAll')}
          </AnchorLink>
        }
      />
    ),
  };
};
