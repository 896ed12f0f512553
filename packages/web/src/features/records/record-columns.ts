import type { RecordType } from '@pacer/core';
import { type ReactNode, useCallback, useState } from 'react';

/** One column of a record list. Its id is the field's key, which is also the export column. */
export interface ColumnDef<Row> {
  id: string;
  label: string;
  render: (row: Row) => ReactNode;
  /** The server's sort key, when the list can be sorted by this column. */
  sortKey?: string;
  align?: 'right';
  /** Shown until someone picks columns. */
  default?: boolean;
  /** The column that names the row: always shown, first, and the link to the record. */
  primary?: boolean;
  /** Room the column needs, in pixels. */
  minWidth?: number;
  /** The export's column keys for it; its id when left out, none when empty. */
  exportKeys?: string[];
}

const storageKey = (userId: string, type: RecordType) => `pacer.columns.${userId}.${type}`;

const readStored = (key: string): string[] | null => {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) && parsed.every((id) => typeof id === 'string') ? parsed : null;
  } catch {
    return null;
  }
};

export const defaultColumnIds = <Row>(columns: readonly ColumnDef<Row>[]): string[] =>
  columns.filter((column) => column.primary || column.default).map((column) => column.id);

/** The columns to show, in the list's own order; the primary column always. */
export const visibleColumns = <Row>(columns: readonly ColumnDef<Row>[], ids: readonly string[]): ColumnDef<Row>[] =>
  columns.filter((column) => column.primary || ids.includes(column.id));

/** The columns a person chose for a record type, remembered on this device per user. */
export const useColumnPrefs = <Row>(userId: string, type: RecordType, columns: readonly ColumnDef<Row>[]) => {
  const key = storageKey(userId, type);
  const [ids, setIds] = useState<string[]>(() => readStored(key) ?? defaultColumnIds(columns));
  const save = useCallback(
    (next: string[] | null) => {
      const value = next ?? defaultColumnIds(columns);
      setIds(value);
      try {
        if (next) window.localStorage.setItem(key, JSON.stringify(next));
        else window.localStorage.removeItem(key);
      } catch {
        // Storage off (private mode): the choice lasts until the page closes.
      }
    },
    [key, columns],
  );
  return [ids, save] as const;
};

/** Some of a type's columns, in the order asked for (a related list on another record's page). */
export const pickColumns = <Row>(columns: readonly ColumnDef<Row>[], ids: readonly string[]): ColumnDef<Row>[] =>
  ids.flatMap((id) => columns.filter((column) => column.id === id));

/** The export's column keys for the columns shown, each once, in order. */
export const exportKeysOf = <Row>(columns: readonly ColumnDef<Row>[]): string[] => [
  ...new Set(columns.flatMap((column) => column.exportKeys ?? [column.id])),
];
