import { Anchor } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { dateCell, moneyCell, NameCell, personCell } from './record-cells';
import type { ColumnDef } from './record-columns';
import { linkedRecord, mailtoHref, RecordLink, type RecordPageType, recordTypeSingular, telHref } from './record-links';

// The columns many record types share, each defined once; a list spreads one and changes what differs
// (`{ ...createdColumn(t), default: true }`).

/** Who owns the row. */
export const ownerColumn = <Row extends { ownerName: string | null }>(t: TFunction): ColumnDef<Row> => ({
  id: 'ownerName',
  label: t('records.fields.owner'),
  default: true,
  render: (row) => personCell(row.ownerName),
});

export const createdColumn = <Row extends { createdAt: string }>(t: TFunction): ColumnDef<Row> => ({
  id: 'createdAt',
  label: t('records.fields.created'),
  sortKey: 'createdAt',
  render: (row) => dateCell(row.createdAt),
});

export const updatedColumn = <Row extends { updatedAt: string }>(t: TFunction): ColumnDef<Row> => ({
  id: 'updatedAt',
  label: t('records.fields.updated'),
  sortKey: 'updatedAt',
  render: (row) => dateCell(row.updatedAt),
});

/** The row's amount in its own currency; its export carries both. */
export const amountColumn = <Row extends { amount: string; currency: string }>(t: TFunction): ColumnDef<Row> => ({
  id: 'amount',
  exportKeys: ['amount', 'currency'],
  label: t('records.fields.amount'),
  sortKey: 'amount',
  align: 'right',
  default: true,
  render: (row) => moneyCell(row.amount, row.currency),
});

/** The record a row belongs to (its account, say), as a link; its export column is the type's name. */
export const linkColumn = <Row,>(
  type: RecordPageType,
  label: string,
  linkOf: (row: Row) => { id: string | null; name: string | null },
): ColumnDef<Row> => ({
  id: `${recordTypeSingular[type]}Name`,
  exportKeys: [recordTypeSingular[type]],
  label,
  render: (row) => {
    const { id, name } = linkOf(row);
    return linkedRecord(type, id, name);
  },
});

/** The name column of a record type with a page: a link to the record, a quiet second line, a badge. */
export const nameColumn = <Row extends { id: string; name: string }>(
  type: RecordPageType,
  label: string,
  cell: { subtitle?: (row: Row) => ReactNode; badge?: (row: Row) => ReactNode; minWidth?: number } = {},
): ColumnDef<Row> => ({
  id: 'name',
  label,
  primary: true,
  sortKey: 'name',
  minWidth: cell.minWidth ?? 220,
  render: (row) => (
    <NameCell
      title={
        <RecordLink type={type} id={row.id} inherit c="inherit">
          {row.name}
        </RecordLink>
      }
      subtitle={cell.subtitle?.(row)}
      badge={cell.badge?.(row)}
    />
  ),
});

/** An e-mail address or phone number to click. */
export const channelCell = (kind: 'email' | 'phone', value: string | null | undefined): ReactNode =>
  value ? (
    <Anchor
      href={kind === 'email' ? mailtoHref(value) : telHref(value)}
      size="sm"
      c="inherit"
      style={kind === 'phone' ? { whiteSpace: 'nowrap' } : undefined}
    >
      {value}
    </Anchor>
  ) : null;
