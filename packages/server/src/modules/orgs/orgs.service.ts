import { AppError, type Locale, type Org, type UpdateOrgInput } from '@pacer/core';
import { eq } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { rebuildRollups } from '../metrics/rollups-rebuild';
import { orgs } from './orgs.table';

type OrgRow = typeof orgs.$inferSelect;

export const toOrg = (row: OrgRow): Org => ({
  id: row.id,
  name: row.name,
  currency: row.currency,
  timeZone: row.timeZone,
  fiscalYearStartMonth: row.fiscalYearStartMonth,
  defaultLocale: row.defaultLocale,
  leadFollowUpHours: row.leadFollowUpHours,
  salesModel: row.salesModel,
  createdAt: row.createdAt.toISOString(),
});

export interface NewOrg {
  name: string;
  currency?: string | undefined;
  timeZone?: string | undefined;
  fiscalYearStartMonth?: number | undefined;
  defaultLocale?: Locale | undefined;
}

/** Inserts an org; only sign-up and the demo loader create orgs. */
export const insertOrg = async (db: Db, input: NewOrg): Promise<OrgRow> => {
  const [row] = await db
    .insert(orgs)
    .values({
      name: input.name,
      currency: input.currency ?? 'USD',
      timeZone: input.timeZone ?? 'UTC',
      fiscalYearStartMonth: input.fiscalYearStartMonth ?? 1,
      defaultLocale: input.defaultLocale ?? 'en',
    })
    .returning();
  if (!row) throw new AppError('INTERNAL', 'Org was not created');
  return row;
};

export const getOrgRow = async (db: Db, orgId: string): Promise<OrgRow> => {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, orgId));
  if (!row) throw new AppError('NOT_FOUND', 'Org not found');
  return row;
};

export const getOrg = async (db: Db, scope: Scope): Promise<Org> => toOrg(await getOrgRow(db, scope.orgId));

export const updateOrg = async (db: Db, scope: Scope, input: UpdateOrgInput): Promise<Org> =>
  db.transaction(async (tx) => {
    const before = await getOrgRow(tx, scope.orgId);
    const [row] = await tx.update(orgs).set(input).where(eq(orgs.id, scope.orgId)).returning();
    if (!row) throw new AppError('NOT_FOUND', 'Org not found');
    const changed = Object.fromEntries(
      Object.entries(input).map(([key, value]) => [key, { from: before[key as keyof OrgRow], to: value }]),
    );
    await recordAudit(tx, scope, { action: 'org.updated', entity: 'org', entityId: scope.orgId, data: changed });
    // Days are cut in the org's time zone: a new zone moves facts between days.
    if (input.timeZone && input.timeZone !== before.timeZone) await rebuildRollups(tx, scope.orgId);
    return toOrg(row);
  });
