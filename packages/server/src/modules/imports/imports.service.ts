import {
  AppError,
  customFieldKey,
  customizableRecordTypes,
  detectPreset,
  hasPermission,
  type ImportFieldSpec,
  type ImportJob,
  importFieldSpecs,
  type ListImportsQuery,
  type RecordType,
  suggestMapping,
} from '@pacer/core';
import { and, desc, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { listCustomFields } from '../custom-fields/custom-fields.service';
import { orNotFound } from '../records/record-queries';
import type { FileFormat } from './import-files';
import { imports } from './imports.table';

type ImportRow = typeof imports.$inferSelect;

export const toImportJob = (row: ImportRow): ImportJob => ({
  id: row.id,
  recordType: row.recordType,
  fileName: row.fileName,
  fileFormat: row.fileFormat as FileFormat,
  status: row.status,
  headers: row.headers,
  sampleRows: row.sampleRows,
  detectedPreset: row.detectedPreset,
  mapping: row.mapping,
  totalRows: row.totalRows,
  processedRows: row.processedRows,
  created: row.created,
  updated: row.updated,
  unchanged: row.unchanged,
  issueCount: row.issueCount,
  issues: row.issues,
  message: row.message,
  createdById: row.createdById,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

/** Products are the catalog: importing them needs the right to configure it, like editing them. */
export const assertMayImport = (scope: Scope, recordType: RecordType) => {
  if (recordType === 'products' && !hasPermission(scope.role, 'crm:configure')) {
    throw new AppError('FORBIDDEN', 'Only admins may import products: they change the catalog');
  }
};

/** Imports this member may see: admins the org's, managers their own (a report shows the file's values). */
const visibleImport = (scope: Scope): SQL =>
  scope.role === 'admin'
    ? eq(imports.orgId, scope.orgId)
    : (and(eq(imports.orgId, scope.orgId), eq(imports.createdById, scope.userId)) as SQL);

export const findImportRow = async (db: Db, scope: Scope, id: string): Promise<ImportRow> => {
  const [row] = await db
    .select()
    .from(imports)
    .where(and(visibleImport(scope), eq(imports.id, id)));
  return orNotFound(row, 'import');
};

export const getImport = async (db: Db, scope: Scope, id: string): Promise<ImportJob> =>
  toImportJob(await findImportRow(db, scope, id));

export const listImports = async (db: Db, scope: Scope, query: ListImportsQuery) => {
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  const rows = await db
    .select()
    .from(imports)
    .where(
      and(
        visibleImport(scope),
        query.recordType ? eq(imports.recordType, query.recordType) : undefined,
        after
          ? or(
              lt(imports.createdAt, new Date(String(after[0]))),
              and(eq(imports.createdAt, new Date(String(after[0]))), lt(imports.id, String(after[1]))),
            )
          : undefined,
      ),
    )
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toImportJob),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
};

/** The fields a record type imports into, with the org's custom fields as `custom.<key>`. */
export const importFieldsFor = async (db: Db, scope: Scope, recordType: RecordType): Promise<ImportFieldSpec[]> => {
  const fields = importFieldSpecs[recordType];
  if (!(customizableRecordTypes as readonly string[]).includes(recordType)) return fields;
  const custom = await listCustomFields(db, scope, recordType as (typeof customizableRecordTypes)[number]);
  return [
    ...fields,
    ...custom.map(
      (field): ImportFieldSpec => ({
        key: customFieldKey(field.key),
        label: field.label,
        required: false,
        ...(field.type === 'select'
          ? { type: 'enum' as const, options: field.options }
          : {
              type:
                field.type === 'number' ? ('amount' as const) : field.type === 'text' ? ('text' as const) : field.type,
            }),
        description: 'Custom field',
        max: 2000,
      }),
    ),
  ];
};

/** Day first or month first, guessed from sample dates whose first or second number passes 12. */
const guessDateFormat = (rows: string[][]): 'iso' | 'dmy' | 'mdy' => {
  for (const row of rows) {
    for (const cell of row) {
      const match = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/.exec(cell.trim());
      if (!match) continue;
      if (Number(match[1]) > 12) return 'dmy';
      if (Number(match[2]) > 12) return 'mdy';
    }
  }
  return 'iso';
};

export interface StoredUpload {
  fileName: string;
  storedPath: string;
  sha256: string;
  format: FileFormat;
  headers: string[];
  sampleRows: string[][];
  totalRows: number;
}

/** Records an uploaded file as an import, with the preset its headers match and a suggested mapping. */
export const createImport = async (
  db: Db,
  scope: Scope,
  recordType: RecordType,
  upload: StoredUpload,
): Promise<ImportJob> => {
  const fields = await importFieldsFor(db, scope, recordType);
  const preset = detectPreset(recordType, upload.headers);
  const [row] = await db
    .insert(imports)
    .values({
      orgId: scope.orgId,
      createdById: scope.userId,
      recordType,
      fileName: upload.fileName,
      fileFormat: upload.format,
      storedPath: upload.storedPath,
      fileSha256: upload.sha256,
      headers: upload.headers,
      sampleRows: upload.sampleRows,
      detectedPreset: preset?.key ?? null,
      mapping: {
        columns: suggestMapping(fields, upload.headers, preset),
        valueMaps: {},
        defaults: {},
        dateFormat: guessDateFormat(upload.sampleRows),
      },
      totalRows: upload.totalRows,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL', 'The import was not recorded');
  return toImportJob(row);
};

/** Progress of a running job, written from outside its transaction so others can watch it. */
export const reportProgress = (db: Db, orgId: string, id: string, processedRows: number, at: Date) =>
  db
    .update(imports)
    .set({ processedRows, progressAt: at })
    .where(and(eq(imports.orgId, orgId), eq(imports.id, id)));

export const updateImportRow = (db: Db, orgId: string, id: string, values: Partial<typeof imports.$inferInsert>) =>
  db
    .update(imports)
    .set(values)
    .where(and(eq(imports.orgId, orgId), eq(imports.id, id)));

/** Claims a job for validation or a run: refused while another pass on it is alive. */
export const claimImport = async (
  db: Db,
  scope: Scope,
  id: string,
  status: 'validating' | 'running',
  now: Date,
): Promise<ImportRow> => {
  const row = await findImportRow(db, scope, id);
  assertMayImport(scope, row.recordType);
  if (row.status === 'completed') {
    throw new AppError('IMPORT_NOT_READY', 'This import is done; upload the file again to import it again');
  }
  if (row.status === 'expired') {
    throw new AppError('IMPORT_NOT_READY', 'This upload was removed from the server unused; upload the file again');
  }
  const staleBefore = new Date(now.getTime() - 2 * 60_000);
  const [claimed] = await db
    .update(imports)
    .set({ status, processedRows: 0, progressAt: now, message: null, finishedAt: null })
    .where(
      and(
        eq(imports.orgId, scope.orgId),
        eq(imports.id, id),
        sql`${imports.status} not in ('completed', 'expired')`,
        sql`(${imports.status} not in ('validating', 'running') or ${imports.progressAt} < ${staleBefore})`,
      ),
    )
    .returning();
  if (!claimed) throw new AppError('IMPORT_NOT_READY', 'This import is being checked or run right now');
  return claimed;
};
