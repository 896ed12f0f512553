import { type EstimateSummary, type estimateSummaryQuerySchema, roundToCurrency } from '@pacer/core';
import { and, asc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { ownerInTeam, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import { productLines } from '../products/products.table';
import { visibleEstimate } from './estimates.queries';
import { estimates } from './estimates.table';

type SummaryQuery = z.output<typeof estimateSummaryQuerySchema>;

/**
 * Estimates counted and summed by rep × product line × month (of the estimate's date, a day in the
 * org's time zone), in one grouped query; the currencies of a cell are folded together here.
 */
export const estimateSummary = async (db: Db, scope: Scope, query: SummaryQuery): Promise<EstimateSummary> => {
  const month = sql<string>`to_char(${estimates.estimateDate}, 'YYYY-MM')`;
  const rows = await db
    .select({
      ownerId: estimates.ownerId,
      ownerName: users.name,
      productLineId: estimates.productLineId,
      productLineName: productLines.name,
      month,
      currency: estimates.currency,
      count: sql<number>`count(*)::int`,
      sum: sql<string>`sum(${estimates.amount})::text`,
    })
    .from(estimates)
    .innerJoin(users, eq(users.id, estimates.ownerId))
    .innerJoin(productLines, and(eq(productLines.orgId, estimates.orgId), eq(productLines.id, estimates.productLineId)))
    .where(
      and(
        visibleEstimate(scope),
        isNull(estimates.archivedAt),
        gte(estimates.estimateDate, query.from),
        lte(estimates.estimateDate, query.to),
        query.status === 'sent' ? inArray(estimates.status, ['sent', 'accepted', 'rejected']) : undefined,
        query.ownerId ? eq(estimates.ownerId, query.ownerId) : undefined,
        query.teamId ? ownerInTeam(scope, estimates.ownerId, query.teamId) : undefined,
        query.productLineId ? eq(estimates.productLineId, query.productLineId) : undefined,
      ) as SQL,
    )
    .groupBy(estimates.ownerId, users.name, estimates.productLineId, productLines.name, month, estimates.currency)
    .orderBy(asc(users.name), asc(productLines.name), asc(month), asc(estimates.currency));
  const cells = new Map<string, EstimateSummary['rows'][number]>();
  for (const row of rows) {
    const key = `${row.ownerId}|${row.productLineId}|${row.month}`;
    const cell = cells.get(key) ?? {
      ownerId: row.ownerId,
      ownerName: row.ownerName,
      productLineId: row.productLineId,
      productLineName: row.productLineName,
      month: row.month,
      count: 0,
      amounts: [],
    };
    cell.count += row.count;
    cell.amounts.push({ currency: row.currency, sum: roundToCurrency(row.sum, row.currency) });
    cells.set(key, cell);
  }
  return { rows: [...cells.values()] };
};
