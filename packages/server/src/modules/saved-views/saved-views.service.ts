import {
  AppError,
  type CreateSavedViewInput,
  type RecordType,
  type SavedView,
  savedViewIssues,
  type UpdateSavedViewInput,
} from '@pacer/core';
import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import { savedViews } from './saved-views.table';

/** Views this member may use: their own and those shared with the org. */
const usableView = (scope: Scope): SQL =>
  and(inOrg(scope, savedViews.orgId), or(eq(savedViews.ownerId, scope.userId), eq(savedViews.shared, true))) as SQL;

const toSavedView = ({ view, ownerName }: { view: typeof savedViews.$inferSelect; ownerName: string }): SavedView => ({
  id: view.id,
  recordType: view.recordType,
  name: view.name,
  filters: view.filters,
  columns: view.columns,
  sort: view.sort,
  shared: view.shared,
  ownerId: view.ownerId,
  ownerName,
  createdAt: view.createdAt.toISOString(),
});

const selectViews = (db: Db) =>
  db
    .select({ view: savedViews, ownerName: users.name })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId));

/** The caller's views and the shared ones, of one list or all, by name. */
export const listSavedViews = async (db: Db, scope: Scope, recordType: RecordType | undefined) => {
  const rows = await selectViews(db)
    .where(and(usableView(scope), recordType ? eq(savedViews.recordType, recordType) : undefined))
    .orderBy(asc(sql`lower(${savedViews.name})`), asc(savedViews.id));
  return rows.map(toSavedView);
};

const findView = async (db: Db, scope: Scope, id: string) => {
  const [row] = await selectViews(db).where(and(inOrg(scope, savedViews.orgId), eq(savedViews.id, id)));
  return row ? toSavedView(row) : null;
};

/** A view the caller may change: their own, or any as admin. Others' private views do not exist for them. */
const changeableView = async (db: Db, scope: Scope, id: string): Promise<SavedView> => {
  const view = await findView(db, scope, id);
  if (!view || (!view.shared && view.ownerId !== scope.userId && scope.role !== 'admin')) {
    throw new AppError('NOT_FOUND', 'No such saved view');
  }
  if (view.ownerId !== scope.userId && scope.role !== 'admin') {
    throw new AppError('FORBIDDEN', 'Only its owner or an admin changes a shared view');
  }
  return view;
};

const assertValidQuery = (recordType: RecordType, filters: Record<string, string>, sort: string | null | undefined) => {
  const issues = savedViewIssues(recordType, filters, sort);
  if (issues.length > 0)
    throw new AppError('VALIDATION_FAILED', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
};

export const createSavedView = async (db: Db, scope: Scope, input: CreateSavedViewInput): Promise<SavedView> => {
  assertValidQuery(input.recordType, input.filters, input.sort);
  const [row] = await db
    .insert(savedViews)
    .values({
      orgId: scope.orgId,
      ownerId: scope.userId,
      recordType: input.recordType,
      name: input.name,
      filters: input.filters,
      columns: input.columns,
      sort: input.sort ?? null,
      shared: input.shared,
    })
    .returning({ id: savedViews.id });
  const view = row && (await findView(db, scope, row.id));
  if (!view) throw new AppError('INTERNAL', 'Saved view was not created');
  return view;
};

export const updateSavedView = async (
  db: Db,
  scope: Scope,
  id: string,
  input: UpdateSavedViewInput,
): Promise<SavedView> =>
  db.transaction(async (tx) => {
    const view = await changeableView(tx, scope, id);
    assertValidQuery(view.recordType, input.filters ?? view.filters, input.sort === undefined ? view.sort : input.sort);
    await tx
      .update(savedViews)
      .set({ name: input.name, filters: input.filters, columns: input.columns, sort: input.sort, shared: input.shared })
      .where(and(inOrg(scope, savedViews.orgId), eq(savedViews.id, id)));
    return (await findView(tx, scope, id)) as SavedView;
  });

export const deleteSavedView = async (db: Db, scope: Scope, id: string): Promise<void> =>
  db.transaction(async (tx) => {
    await changeableView(tx, scope, id);
    await tx.delete(savedViews).where(and(inOrg(scope, savedViews.orgId), eq(savedViews.id, id)));
  });
