import { AppError, type CreateRegionInput, type Region, type UpdateRegionInput, wouldCreateCycle } from '@pacer/core';
import { and, asc, eq } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { detachTeamsFromRegion } from '../teams/teams.service';
import { regions } from './regions.table';

type RegionRow = typeof regions.$inferSelect;
const toRegion = (row: RegionRow): Region => ({
  id: row.id,
  name: row.name,
  parentId: row.parentId,
  createdAt: row.createdAt.toISOString(),
});

/** Regions are org structure, not people's data: every member may read them all. */
export const listRegions = async (db: Db, scope: Scope): Promise<Region[]> => {
  const rows = await db.select().from(regions).where(inOrg(scope, regions.orgId)).orderBy(asc(regions.name));
  return rows.map(toRegion);
};

const getRegionRow = async (db: Db, scope: Scope, id: string) => {
  const [row] = await db
    .select()
    .from(regions)
    .where(and(inOrg(scope, regions.orgId), eq(regions.id, id)));
  if (!row) throw new AppError('NOT_FOUND', 'No such region');
  return row;
};

const checkParent = async (db: Db, scope: Scope, id: string | null, parentId: string | null | undefined) => {
  if (!parentId) return;
  const links = await db
    .select({ id: regions.id, parentId: regions.parentId })
    .from(regions)
    .where(inOrg(scope, regions.orgId));
  if (!links.some((r) => r.id === parentId)) {
    throw new AppError('VALIDATION_FAILED', 'No such region', [{ path: 'parentId', message: 'No such region' }]);
  }
  if (id && wouldCreateCycle(links, id, parentId)) {
    throw new AppError('REGION_CYCLE', 'A region cannot sit below itself or one of its sub-regions');
  }
};

export const createRegion = async (db: Db, scope: Scope, input: CreateRegionInput): Promise<Region> =>
  db.transaction(async (tx) => {
    await checkParent(tx, scope, null, input.parentId);
    const [row] = await tx
      .insert(regions)
      .values({ orgId: scope.orgId, name: input.name, parentId: input.parentId ?? null })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Region was not created');
    await recordAudit(tx, scope, { action: 'region.created', entity: 'region', entityId: row.id, data: { ...input } });
    return toRegion(row);
  });

export const updateRegion = async (db: Db, scope: Scope, id: string, input: UpdateRegionInput): Promise<Region> =>
  db.transaction(async (tx) => {
    await getRegionRow(tx, scope, id);
    await checkParent(tx, scope, id, input.parentId);
    const [row] = await tx
      .update(regions)
      .set(input)
      .where(and(inOrg(scope, regions.orgId), eq(regions.id, id)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND', 'No such region');
    await recordAudit(tx, scope, { action: 'region.updated', entity: 'region', entityId: id, data: { ...input } });
    return toRegion(row);
  });

/** Deletes a region without sub-regions; teams in it keep going without a region. */
export const deleteRegion = async (db: Db, scope: Scope, id: string): Promise<void> =>
  db.transaction(async (tx) => {
    const row = await getRegionRow(tx, scope, id);
    const [child] = await tx
      .select({ id: regions.id })
      .from(regions)
      .where(and(inOrg(scope, regions.orgId), eq(regions.parentId, id)))
      .limit(1);
    if (child) throw new AppError('HAS_CHILDREN', 'Move or delete the sub-regions first');
    await detachTeamsFromRegion(tx, scope, id);
    await tx.delete(regions).where(and(inOrg(scope, regions.orgId), eq(regions.id, id)));
    await recordAudit(tx, scope, {
      action: 'region.deleted',
      entity: 'region',
      entityId: id,
      data: { name: row.name },
    });
  });
