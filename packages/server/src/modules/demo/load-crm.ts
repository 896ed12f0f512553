import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { activities } from '../activities/activities.table';
import { callReportComments, callReports } from '../call-reports/call-reports.table';
import { contacts } from '../contacts/contacts.table';
import { dealContacts, dealLineItems, dealSplits, dealStageChanges, deals } from '../deals/deals.table';
import { estimates } from '../estimates/estimates.table';
import { leads } from '../leads/leads.table';
import { pipelines, stages } from '../pipelines/pipelines.table';
import { productLines, products } from '../products/products.table';
import { dropBulkObstacles, tablesAreEmpty } from './bulk-load';
import { copySpecOf } from './copy-rows';
import type { CrmPlan } from './crm-plan';
import type { RepWorld } from './crm-world';
import type { LoadSession } from './load-session';
import { centsText } from './plan-money';

/** The CRM tables in the order their foreign keys need, each with the part of a rep's world it holds. */
const crmTables: [PgTable, keyof RepWorld][] = [
  [accounts, 'accounts'],
  [contacts, 'contacts'],
  [leads, 'leads'],
  [deals, 'deals'],
  [dealLineItems, 'lineItems'],
  [dealSplits, 'splits'],
  [dealContacts, 'dealContacts'],
  [dealStageChanges, 'stageChanges'],
  [estimates, 'estimates'],
  [callReports, 'callReports'],
  [callReportComments, 'comments'],
  [activities, 'activities'],
];

export interface CrmLoadReport {
  rows: Record<string, number>;
  bulk: boolean;
  seconds: { write: number; indexes: number; analyze: number };
}

/** Reps are written in batches of about this many activities, so memory stays flat at any scale. */
const batchActivities = 150_000;

const insertCatalog = async (session: LoadSession, orgId: string, plan: CrmPlan) => {
  const { db } = session;
  await db.insert(pipelines).values(plan.catalog.pipelines.map(({ stages: _, key: __, ...p }) => ({ ...p, orgId })));
  await db.insert(stages).values(plan.catalog.pipelines.flatMap((p) => p.stages.map((s) => ({ ...s, orgId }))));
  await db.insert(productLines).values(
    plan.catalog.lines.map((l) => ({
      orgId,
      id: l.id,
      name: l.name,
      priority: l.priority,
      description: l.description,
    })),
  );
  await db.insert(products).values(
    plan.catalog.lines.flatMap((l) =>
      l.products.map((p) => ({
        orgId,
        id: p.id,
        name: p.name,
        sku: p.sku,
        productLineId: l.id,
        listPrice: centsText(p.priceCents),
        currency: plan.context.currency,
        description: p.description,
        differentiators: p.differentiators,
        competitorProducts: p.competitorProducts,
      })),
    ),
  );
};

/**
 * Writes the planned CRM data of an org: the catalog, then every rep's world with COPY, batch by
 * batch in foreign-key order. Into empty tables it loads in bulk mode (indexes and foreign keys
 * rebuilt once at the end). Finishes with ANALYZE so the planner knows the new sizes.
 */
export const loadCrm = async (
  session: LoadSession,
  orgId: string,
  plan: CrmPlan,
  progress: (line: string) => void = () => {},
): Promise<CrmLoadReport> => {
  const { db } = session;
  await insertCatalog(session, orgId, plan);
  const tableNames = crmTables.map(([table]) => getTableName(table));
  const bulk = await tablesAreEmpty(db, tableNames);
  const obstacles = bulk ? await dropBulkObstacles(db, tableNames) : null;
  const rows: Record<string, number> = Object.fromEntries(tableNames.map((name) => [name, 0]));
  const started = performance.now();
  let batch: RepWorld[] = [];
  let pending = 0;
  let reps = 0;
  const flush = async () => {
    for (const [table, part] of crmTables) {
      const parts = batch.flatMap((world) => world[part] as object[]);
      if (parts.length === 0) continue;
      const spec = copySpecOf(table, parts[0] as object);
      rows[spec.table] = (rows[spec.table] ?? 0) + (await session.copy(spec, orgId, parts));
    }
    progress(`  ${reps} of ${plan.reps.length} reps written (${rows.activities} activities)`);
    batch = [];
    pending = 0;
  };
  for (const world of plan.worlds()) {
    batch.push(world);
    reps++;
    pending += world.activities.length;
    if (pending >= batchActivities) await flush();
  }
  if (batch.length > 0) await flush();
  const written = performance.now();
  if (obstacles) {
    progress('  building indexes and checking foreign keys');
    if (session.kind === 'postgres') await db.execute(sql`set local maintenance_work_mem = '256MB'`);
    await obstacles.restore();
  }
  const indexed = performance.now();
  for (const name of ['orgs', 'members', 'teams', 'team_members', ...tableNames]) {
    await db.execute(sql`analyze ${sql.identifier(name)}`);
  }
  const analyzed = performance.now();
  return {
    rows,
    bulk,
    seconds: {
      write: (written - started) / 1000,
      indexes: (indexed - written) / 1000,
      analyze: (analyzed - indexed) / 1000,
    },
  };
};
