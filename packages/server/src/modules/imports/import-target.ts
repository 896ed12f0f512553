import type { RecordType } from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';

/**
 * What the importer hands a record type's write adapter (`<type>.import.ts`): the resolved rows of
 * the file in a temporary table `r`, one row per file row, with
 * - `line`, the row number; `id`, the record's id (the matched record's, or a new one);
 *   `target_id`, the matched record's id or null for a new record;
 * - `f_<field>` for every staged field (snake case; datetimes already timestamptz);
 * - `<reference>_id` for every resolved reference (`owner_id` always: the file's owner or the importer).
 */
export interface ImportWriteContext {
  orgId: string;
  importId: string;
  /** The member who imports: the default owner and the author of stage changes. */
  userId: string;
  /** The resolved rows, to use as `from ${ctx.rows} r`. */
  rows: SQL;
  /** Whether the file fills a field (mapped, defaulted or derived). */
  has(field: string): boolean;
  /** The import's moment: created_at of new rows without one, updated_at of every written row. */
  now: SQL;
  /** Today in the org's time zone. */
  today: string;
  timeZone: string;
  currency: string;
}

/** A per-row check of the resolved rows: `message` is null when the row is fine. */
export interface ImportCheck {
  field: string;
  /** SQL text value shown in the report (the cell as read). */
  value: SQL;
  /** SQL text expression: null, or why the row cannot be imported. */
  message: SQL;
}

/** How a record type is imported; each type's adapter lives in its own module (`<type>.import.ts`). */
export interface ImportTarget {
  recordType: RecordType;
  /** Singular noun for messages. */
  noun: string;
  table: PgTable;
  /** Which existing rows the scope may change (an update outside it is an error). */
  visible(scope: Scope): SQL;
  /** Also match existing records by name when the row has no external id (the catalog's unique names). */
  matchByName?: boolean;
  /** More columns of the matched record, selected as `target_<name>`, for checks. */
  targetColumns?: Record<string, SQL>;
  /** Record-type rules beyond fields and references. */
  checks?(ctx: ImportWriteContext): ImportCheck[];
  /** SQL condition over `r` and the matched record `t`: whether importing the row would change it. */
  changed(ctx: ImportWriteContext): SQL;
  /** Writes the rows in the caller's transaction; answers how many were created and updated. */
  write(db: Db, ctx: ImportWriteContext): Promise<{ created: number; updated: number }>;
}

/** `postalCode` → `postal_code`: the staged column of a field is `f_<snake>`. */
export const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const stagedColumn = (key: string) => `f_${snake(key)}`;

/** One column an adapter writes: its SQL value over `r`, and the fields that feed it. */
export interface ImportColumn {
  column: string;
  value: SQL;
  fields: string[];
  /** The value on update when it merges with the record's current one (`t.<column>`). */
  merge?: SQL;
}

export const importColumn = (column: string, value: SQL, fields: string | string[], merge?: SQL): ImportColumn => ({
  column,
  value,
  fields: [fields].flat(),
  ...(merge ? { merge } : {}),
});

/** A field written as read to the column of its name: `annualRevenue` → `annual_revenue = r.f_annual_revenue`. */
export const fieldColumn = (key: string) => importColumn(snake(key), sql.raw(`r.${stagedColumn(key)}`), key);

/** A resolved reference: `parentAccount` → `parent_account_id = r.parent_account_id`. */
export const referenceColumn = (key: string) => importColumn(`${snake(key)}_id`, sql.raw(`r.${snake(key)}_id`), key);

/** A staged field as read, or a typed null when the file does not fill it. */
export const stagedOrNull = (ctx: ImportWriteContext, key: string, type: string): SQL =>
  sql.raw(ctx.has(key) ? `r.${stagedColumn(key)}` : `null::${type}`);

/** The record's currency: the file's, else the org's; written also when `alsoWith` fields are (an amount needs one). */
export const currencyColumn = (ctx: ImportWriteContext, alsoWith: string[]) =>
  importColumn('currency', sql`coalesce(${stagedOrNull(ctx, 'currency', 'text')}, ${ctx.currency})`, [
    'currency',
    ...alsoWith,
  ]);

/** The columns the file fills. */
export const filledColumns = (ctx: ImportWriteContext, columns: ImportColumn[]) =>
  columns.filter((c) => c.fields.some((field) => ctx.has(field)));

/** `column = value, …, updated_at = <the import's moment>`: the SET of an update of matched records `t`. */
export const updatedColumns = (ctx: ImportWriteContext, columns: ImportColumn[]) =>
  sql.join(
    [...columns.map((c) => sql`${sql.raw(c.column)} = ${c.merge ?? c.value}`), sql`updated_at = ${ctx.now}`],
    sql`, `,
  );

/** Whether any of the columns would change on the record `t`. */
export const columnsDiffer = (columns: ImportColumn[]): SQL =>
  columns.length === 0
    ? sql`false`
    : sql`(${sql.raw(columns.map((c) => `t.${c.column}`).join(', '))}, null) is distinct from (${columnValuesMerged(columns)}, null)`;

const columnValuesMerged = (columns: ImportColumn[]) =>
  sql.join(
    columns.map((c) => c.merge ?? c.value),
    sql`, `,
  );

/**
 * Inserts the file's new rows (`r.target_id is null`). The `fixed` columns (e.g. `owner_id`, always
 * resolved) are copied from `r` as they are; the others are the adapter's columns.
 */
export const insertNewRows = (
  db: Db,
  ctx: ImportWriteContext,
  table: PgTable,
  columns: ImportColumn[],
  fixed: string[] = [],
) => {
  const rest = columns.filter((c) => !fixed.includes(c.column));
  const names = ['org_id', 'id', ...fixed, ...rest.map((c) => c.column), 'updated_at'];
  const values = [
    sql`${ctx.orgId}::uuid`,
    sql`r.id`,
    ...fixed.map((column) => sql.raw(`r.${column}`)),
    ...rest.map((c) => c.value),
    ctx.now,
  ];
  return db.execute(sql`
    insert into ${table} (${sql.raw(names.join(', '))})
    select ${sql.join(values, sql`, `)}
    from ${ctx.rows} r where r.target_id is null`);
};

/** Updates the matched records (`t`) where the file changes one of the columns. */
export const updateMatchedRows = (db: Db, ctx: ImportWriteContext, table: PgTable, columns: ImportColumn[]) =>
  db.execute(sql`
    update ${table} t set ${updatedColumns(ctx, columns)}
    from ${ctx.rows} r
    where t.org_id = ${ctx.orgId} and t.id = r.target_id and ${columnsDiffer(columns)}`);

/**
 * A record type imported column for column: new rows inserted first (a matched record may refer to
 * one of them), then matched ones updated where the file differs. `columns` may differ on insert
 * (defaults a new record gets) and on update.
 */
export const columnImport = (
  spec: Omit<ImportTarget, 'changed' | 'write'> & {
    columns(ctx: ImportWriteContext, use: 'insert' | 'update'): ImportColumn[];
    /** Columns every new row takes from `r` as resolved (`owner_id` for owned records). */
    fixed?: string[];
    /** Wraps the write: keeps what is derived from these records (a rollup) in step. */
    aroundWrite?: <R>(db: Db, ctx: ImportWriteContext, write: () => Promise<R>) => Promise<R>;
  },
): ImportTarget => {
  const { columns, fixed, aroundWrite, ...target } = spec;
  const writeRows = async (db: Db, ctx: ImportWriteContext) => {
    const inserted = await insertNewRows(db, ctx, spec.table, columns(ctx, 'insert'), fixed);
    const updated = await updateMatchedRows(db, ctx, spec.table, columns(ctx, 'update'));
    return { created: rowCount(inserted), updated: rowCount(updated) };
  };
  return {
    ...target,
    changed: (ctx) => columnsDiffer(columns(ctx, 'update')),
    write: (db, ctx) => (aroundWrite ? aroundWrite(db, ctx, () => writeRows(db, ctx)) : writeRows(db, ctx)),
  };
};

/** The rows an INSERT … SELECT or UPDATE … FROM touched. */
export const rowCount = (result: unknown): number =>
  Number(
    (result as { rowCount?: number; affectedRows?: number }).rowCount ??
      (result as { affectedRows?: number }).affectedRows ??
      0,
  );

/** An address object from the file's address fields, merged into the record's on update. */
export const addressColumn = (ctx: ImportWriteContext): ImportColumn => {
  const parts: [string, string][] = [
    ['street', 'street'],
    ['city', 'city'],
    ['postalCode', 'postal_code'],
    ['state', 'state'],
    ['country', 'country'],
  ];
  const filled = parts.filter(([field]) => ctx.has(field));
  const key = (field: string) => (field === 'state' ? 'region' : field);
  const built = filled.length
    ? sql.raw(`jsonb_strip_nulls(jsonb_build_object(${filled.map(([f, c]) => `'${key(f)}', r.f_${c}`).join(', ')}))`)
    : sql.raw(`'{}'::jsonb`);
  const cleared = sql.raw(`(t.address - array[${filled.map(([f]) => `'${key(f)}'`).join(', ') || "''"}]::text[])`);
  return importColumn(
    'address',
    built,
    ['street', 'city', 'postalCode', 'state', 'country'],
    sql`${cleared} || ${built}`,
  );
};

/** When the record was created: the file's time, else the import's; an update keeps the record's when the cell is empty. */
export const createdColumn = (ctx: ImportWriteContext): ImportColumn =>
  importColumn(
    'created_at',
    sql`coalesce(r.f_created_at, ${ctx.now})`,
    'createdAt',
    sql`coalesce(r.f_created_at, t.created_at)`,
  );

/** Custom field values: merged key by key into the record's, an empty cell removes the key. */
export const customColumn = (): ImportColumn =>
  importColumn(
    'custom',
    sql.raw(`jsonb_strip_nulls(coalesce(r.custom, '{}'::jsonb))`),
    'custom',
    sql.raw(`jsonb_strip_nulls(t.custom || coalesce(r.custom, '{}'::jsonb))`),
  );
