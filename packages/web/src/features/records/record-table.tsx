import { Box, Checkbox, Group, Paper, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDef } from './record-columns';

export interface RecordRow {
  id: string;
  archivedAt?: string | null;
}

interface RecordTableProps<Row extends RecordRow> {
  rows: Row[];
  /** The columns to show, the primary one first. */
  columns: ColumnDef<Row>[];
  /** The sort in effect (`name`, `-amount`), the list's default when none is chosen. */
  sort: string;
  onSort: (sort: string) => void;
  /** Row selection for bulk actions; off when undefined. */
  selection?: { selected: ReadonlySet<string>; toggle: (ids: string[], on: boolean) => void } | undefined;
  onOpen: (row: Row) => void;
  /** The row's name, for the labels of its checkbox. */
  nameOf: (row: Row) => string;
}

/** Clicks on links, buttons and checkboxes inside a row do their own thing, not open the row. */
const isInteractive = (target: EventTarget | null) =>
  target instanceof HTMLElement && Boolean(target.closest('a, button, input, label, [role="checkbox"]'));

const SortHeader = <Row,>({
  column,
  sort,
  onSort,
}: {
  column: ColumnDef<Row>;
  sort: string;
  onSort: (sort: string) => void;
}) => {
  const { t } = useTranslation();
  if (!column.sortKey) return <>{column.label}</>;
  const key = column.sortKey;
  const direction = sort === key ? 'asc' : sort === `-${key}` ? 'desc' : null;
  const Icon = direction === 'asc' ? IconArrowUp : direction === 'desc' ? IconArrowDown : IconSelector;
  return (
    <UnstyledButton
      onClick={() => onSort(direction === 'asc' ? `-${key}` : key)}
      aria-label={t('records.list.sortBy', { column: column.label })}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, font: 'inherit', color: 'inherit' }}
    >
      {column.label}
      <Icon size={14} stroke={1.8} style={{ opacity: direction ? 1 : 0.45, flex: 'none' }} />
    </UnstyledButton>
  );
};

const ariaSort = (column: { sortKey?: string }, sort: string) =>
  !column.sortKey
    ? undefined
    : sort === column.sortKey
      ? 'ascending'
      : sort === `-${column.sortKey}`
        ? 'descending'
        : 'none';

/** On a phone a row becomes a card: its name on top, the other columns as label and value below. */
const RowCard = <Row extends RecordRow>({
  row,
  columns,
  checkbox,
  onOpen,
}: {
  row: Row;
  columns: ColumnDef<Row>[];
  checkbox: ReactNode;
  onOpen: (row: Row) => void;
}) => {
  const [primary, ...rest] = columns;
  // Empty values are left out: a card shows what is known, not a grid of blanks.
  const cells = rest
    .map((column) => ({ column, content: column.render(row) }))
    .filter(({ content }) => content !== null && content !== undefined && content !== '')
    .slice(0, 6);
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid="record-row"
      data-id={row.id}
      onClick={(event: MouseEvent) => !isInteractive(event.target) && onOpen(row)}
      style={{ cursor: 'pointer', opacity: row.archivedAt ? 0.65 : 1, minWidth: 0 }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {checkbox}
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Box miw={0}>{primary?.render(row)}</Box>
          {cells.length > 0 ? (
            <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
              {cells.map(({ column, content }) => (
                <Box key={column.id} miw={0} style={{ overflow: 'hidden' }}>
                  <Text size="xs" c="dimmed" truncate>
                    {column.label}
                  </Text>
                  <Box fz="sm" miw={0} style={{ overflowWrap: 'anywhere' }}>
                    {content}
                  </Box>
                </Box>
              ))}
            </SimpleGrid>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
};

/** A dense, calm table of records: sortable headers, row selection, a click opens the record. */
export const RecordTable = <Row extends RecordRow>({
  rows,
  columns,
  sort,
  onSort,
  selection,
  onOpen,
  nameOf,
}: RecordTableProps<Row>) => {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const ids = rows.map((row) => row.id);
  const selectedShown = selection ? ids.filter((id) => selection.selected.has(id)).length : 0;

  const checkboxOf = (row: Row) =>
    selection ? (
      <Checkbox
        size="sm"
        aria-label={t('records.list.select', { name: nameOf(row) })}
        checked={selection.selected.has(row.id)}
        onChange={(event) => selection.toggle([row.id], event.currentTarget.checked)}
        data-testid="row-select"
      />
    ) : null;

  if (phone) {
    return (
      <Stack gap="xs">
        {rows.map((row) => (
          <RowCard key={row.id} row={row} columns={columns} checkbox={checkboxOf(row)} onOpen={onOpen} />
        ))}
      </Stack>
    );
  }

  const onRowKey = (event: KeyboardEvent, row: Row) => {
    if (event.key === 'Enter' && !isInteractive(event.target)) onOpen(row);
  };

  return (
    <Table.ScrollContainer minWidth={Math.max(600, columns.length * 130)} type="native">
      <Table verticalSpacing={8} horizontalSpacing="sm" highlightOnHover fz="sm" tabularNums>
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th w={36}>
                <Checkbox
                  size="sm"
                  aria-label={t('records.list.selectAll')}
                  checked={rows.length > 0 && selectedShown === rows.length}
                  indeterminate={selectedShown > 0 && selectedShown < rows.length}
                  onChange={(event) => selection.toggle(ids, event.currentTarget.checked)}
                  data-testid="select-all"
                />
              </Table.Th>
            ) : null}
            {columns.map((column) => (
              <Table.Th
                key={column.id}
                ta={column.align}
                miw={column.minWidth}
                aria-sort={ariaSort(column, sort)}
                fz="xs"
                fw={600}
                c="dimmed"
                style={{ whiteSpace: 'nowrap' }}
              >
                <SortHeader column={column} sort={sort} onSort={onSort} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              data-testid="record-row"
              data-id={row.id}
              bg={selection?.selected.has(row.id) ? 'var(--mantine-primary-color-light)' : undefined}
              onClick={(event) => !isInteractive(event.target) && onOpen(row)}
              onKeyDown={(event) => onRowKey(event, row)}
              style={{ cursor: 'pointer', opacity: row.archivedAt ? 0.6 : 1 }}
            >
              {selection ? <Table.Td>{checkboxOf(row)}</Table.Td> : null}
              {columns.map((column) => (
                <Table.Td
                  key={column.id}
                  ta={column.align}
                  maw={column.primary ? 300 : 200}
                  style={{
                    whiteSpace: column.primary ? undefined : 'nowrap',
                    overflow: 'hidden',
                    textOverflow: 'ellipsis',
                  }}
                >
                  {column.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
