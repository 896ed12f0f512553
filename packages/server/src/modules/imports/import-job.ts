import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import {
  AppError,
  compileMapping,
  type ImportFieldSpec,
  type ImportMapping,
  type ImportRowIssue,
  IssueList,
  localDateOf,
  type RowMapper,
} from '@pacer/core';
import { eq, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { orgs } from '../orgs/orgs.table';
import { type FileFormat, readRows } from './import-files';
import {
  collectIssues,
  countOutcomes,
  genericChecks,
  type ResolvePlan,
  resolveRows,
  sqlTypeOf,
} from './import-resolve';
import { openImportSession } from './import-session';
import { type ImportTarget, type ImportWriteContext, stagedColumn } from './import-target';
import { importTargets } from './import-targets';
import { importFieldsFor, reportProgress, updateImportRow } from './imports.service';
import type { imports } from './imports.table';

type ImportRow = typeof imports.$inferSelect;

export interface ImportJobDeps {
  db: Db;
  clock: Clock;
  /** Stops a pass early (the server is shutting down); nothing is written then. */
  signal?: AbortSignal;
  /** Told when a phase ends (stage, resolve, check, write), for timings. */
  onPhase?: (phase: 'stage' | 'resolve' | 'check' | 'write') => void;
}

/** A mapping checked against the file and compiled, with what the import needs about the org. */
export interface PreparedImport {
  row: ImportRow;
  mapping: ImportMapping;
  mapper: RowMapper;
  target: ImportTarget;
  timeZone: string;
  currency: string;
  today: string;
}

const maxIssues = 200;

/** Checks a mapping for a job; mistakes in it answer 400 before any row is read. */
export const prepareImport = async (
  deps: ImportJobDeps,
  scope: Scope,
  row: ImportRow,
  mapping: ImportMapping,
): Promise<PreparedImport> => {
  const [org] = await deps.db
    .select({ timeZone: orgs.timeZone, currency: orgs.currency })
    .from(orgs)
    .where(eq(orgs.id, scope.orgId));
  if (!org) throw new AppError('NOT_FOUND', 'No such org');
  const today = localDateOf(deps.clock.now(), org.timeZone);
  const fields = await importFieldsFor(deps.db, scope, row.recordType);
  const { mapper, problems } = compileMapping(fields, row.headers, mapping, { dateFormat: mapping.dateFormat, today });
  if (problems.length) {
    const where = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new AppError(
      'VALIDATION_FAILED',
      `The mapping does not fit the file — ${where}`,
      problems.map((p) => ({ ...p, path: `mapping.${p.path}` })),
    );
  }
  return {
    row,
    mapping,
    mapper,
    target: importTargets[row.recordType],
    timeZone: org.timeZone,
    currency: org.currency,
    today,
  };
};

const stagingDdl = (name: string, fields: ImportFieldSpec[], hasCustom: boolean) =>
  sql.raw(
    `create temp table "${name}" (line integer not null, ${fields
      .map((f) => `${stagedColumn(f.key)} ${sqlTypeOf(f)}`)
      .join(', ')}${hasCustom ? ', custom jsonb' : ''})`,
  );

/** Merges the problems found while reading cells with those found in SQL: by row, then field, at most 200. */
const mergeIssues = (
  read: IssueList,
  found: Omit<ImportRowIssue, 'column'>[],
  headerOf: Map<string, string>,
  fields: ImportFieldSpec[],
) => {
  const position = (field: string | null) => fields.findIndex((f) => f.key === field);
  return [
    ...read.issues,
    ...found.map((issue) => ({ ...issue, column: issue.field ? (headerOf.get(issue.field) ?? null) : null })),
  ]
    .sort((a, b) => a.row - b.row || position(a.field) - position(b.field))
    .slice(0, maxIssues);
};

/**
 * One pass over an import's file: stage every row, resolve it set-based, check it, and — for a run
 * with no problem at all — write it in one transaction. A validation writes nothing; a run with any
 * problem writes nothing either and leaves the report on the job.
 */
export const executeImport = async (
  deps: ImportJobDeps,
  scope: Scope,
  prepared: PreparedImport,
  mode: 'validate' | 'run',
): Promise<void> => {
  const { row, mapper, target, mapping } = prepared;
  const now = deps.clock.now();
  const tag = randomUUID().replaceAll('-', '').slice(0, 16);
  const stage = `import_stage_${tag}`;
  const resolved = `import_rows_${tag}`;
  const fields = mapper.fields;
  const hasCustom = mapper.customFields.length > 0;
  const headerOf = new Map(
    Object.entries(mapping.columns)
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(([header, key]) => [key, header]),
  );
  const readIssues = new IssueList(maxIssues);
  const session = await openImportSession(deps.db);
  let processed = 0;
  // A sign of life while long statements run, so the job is not taken for a dead one and claimed again.
  let beat: Promise<unknown> = Promise.resolve();
  const heartbeat = setInterval(() => {
    beat = beat.then(() => reportProgress(deps.db, scope.orgId, row.id, processed, deps.clock.now()).catch(() => {}));
  }, 15_000);
  try {
    await session.db.execute(stagingDdl(stage, fields, hasCustom));
    let lastReport = Date.now();
    async function* stagedRows(): AsyncGenerator<(string | null)[][]> {
      let header = true;
      for await (const batch of readRows(row.storedPath, row.fileFormat as FileFormat)) {
        if (deps.signal?.aborted) throw new AppError('UNAVAILABLE', 'The server is stopping; run the import again');
        const out: (string | null)[][] = [];
        for (const { row: line, cells } of batch) {
          if (header) {
            header = false;
            continue;
          }
          const values = mapper.map(cells, line, readIssues);
          values.unshift(String(line));
          out.push(values);
        }
        processed += out.length;
        yield out;
        if (Date.now() - lastReport > 1000) {
          lastReport = Date.now();
          await reportProgress(deps.db, scope.orgId, row.id, processed, deps.clock.now());
        }
      }
    }
    const columns = ['line', ...fields.map((f) => stagedColumn(f.key)), ...(hasCustom ? ['custom'] : [])];
    await session.load(stage, columns, stagedRows());
    await reportProgress(deps.db, scope.orgId, row.id, processed, deps.clock.now());
    deps.onPhase?.('stage');

    const plan: ResolvePlan = { target, fields, hasCustom, stage, resolved, scope, timeZone: prepared.timeZone };
    await resolveRows(session.db, plan);
    deps.onPhase?.('resolve');
    const keys = new Set(fields.map((f) => f.key));
    const ctx: ImportWriteContext = {
      orgId: scope.orgId,
      importId: row.id,
      userId: scope.userId,
      rows: sql.raw(`"${resolved}"`),
      has: (key) => keys.has(key) || (key === 'custom' && hasCustom),
      now: sql`${now.toISOString()}::timestamptz`,
      today: prepared.today,
      timeZone: prepared.timeZone,
      currency: prepared.currency,
    };
    const found = await collectIssues(
      session.db,
      [...genericChecks(plan), ...(target.checks?.(ctx) ?? [])],
      plan,
      maxIssues,
    );
    deps.onPhase?.('check');
    const issueCount = readIssues.count + found.count;
    const base = { totalRows: processed, processedRows: processed, mapping, progressAt: deps.clock.now() };
    if (issueCount > 0) {
      const rows = new Set([...readIssues.issues.map((i) => i.row), ...found.issues.map((i) => i.row)]).size;
      await updateImportRow(deps.db, scope.orgId, row.id, {
        ...base,
        status: 'invalid',
        issueCount,
        issues: mergeIssues(readIssues, found.issues, headerOf, fields),
        created: 0,
        updated: 0,
        unchanged: 0,
        message: `${issueCount} ${issueCount === 1 ? 'problem' : 'problems'} in ${rows}${issueCount > maxIssues ? '+' : ''} ${rows === 1 ? 'row' : 'rows'}: nothing was imported. Fix the file, or map values and set defaults, and check again.`,
        finishedAt: deps.clock.now(),
      });
      return;
    }
    if (mode === 'validate') {
      const outcome = await countOutcomes(session.db, target, ctx, scope.orgId);
      await updateImportRow(deps.db, scope.orgId, row.id, {
        ...base,
        status: 'validated',
        issueCount: 0,
        issues: [],
        ...outcome,
        message: `Ready: ${outcome.created} to create, ${outcome.updated} to update, ${outcome.unchanged} unchanged.`,
        finishedAt: deps.clock.now(),
      });
      return;
    }
    await session.db.transaction(async (tx) => {
      const { created, updated } = await target.write(tx, ctx);
      const unchanged = processed - created - updated;
      await recordAudit(tx, scope, {
        action: 'import.completed',
        entity: 'import',
        entityId: row.id,
        data: { recordType: row.recordType, fileName: row.fileName, rows: processed, created, updated, unchanged },
      });
      await updateImportRow(tx, scope.orgId, row.id, {
        ...base,
        status: 'completed',
        issueCount: 0,
        issues: [],
        created,
        updated,
        unchanged,
        message: `Imported: ${created} created, ${updated} updated, ${unchanged} unchanged.`,
        finishedAt: deps.clock.now(),
      });
    });
    deps.onPhase?.('write');
    await rm(row.storedPath, { force: true });
  } finally {
    clearInterval(heartbeat);
    await beat;
    await session.db.execute(sql.raw(`drop table if exists "${resolved}", "${stage}"`)).catch(() => {});
    await session.release();
  }
};

/** Marks a pass that broke off: nothing was written, and the job may be validated or run again. */
export const failImport = async (deps: ImportJobDeps, scope: Scope, id: string, error: unknown) => {
  const message =
    error instanceof AppError
      ? error.message
      : 'The import stopped on an unexpected error; nothing was written. Try again, or ask your administrator to look at the server log.';
  await updateImportRow(deps.db, scope.orgId, id, { status: 'failed', message, finishedAt: deps.clock.now() }).catch(
    () => {},
  );
};
