import {
  type CompAdjustment,
  type CompAdjustmentKind,
  type CompComponentKind,
  type CompEarningLineView,
  type CompInquiry,
  type CompStatementDetail,
  Money,
  type MoneyValue,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { readInquiries } from './comp-inquiries.queries';
import { type LineRow, lineColumns, lineDeal, toLine } from './comp-run-lines';
import { findStatementRow, iso, moneyOf, toStatement } from './comp-statements.queries';

/** A statement in full: lines grouped by component, adjustments, attainment, open credits and inquiries. */

interface AdjustmentRow {
  id: string;
  statement_id: string;
  kind: CompAdjustmentKind;
  source_statement_id: string | null;
  source_start: string | null;
  source_end: string | null;
  inquiry_id: string | null;
  component_kind: CompComponentKind | null;
  component_id: string | null;
  deal_id: string | null;
  amount: string;
  currency: string;
  before: string | null;
  after: string | null;
  reason: string;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date | string;
}

const toAdjustment = (row: AdjustmentRow): CompAdjustment => ({
  id: row.id,
  statementId: row.statement_id,
  kind: row.kind,
  sourceStatementId: row.source_statement_id,
  sourcePeriod: row.source_start && row.source_end ? { start: row.source_start, end: row.source_end } : null,
  inquiryId: row.inquiry_id,
  componentKind: row.component_kind,
  componentId: row.component_id,
  dealId: row.deal_id,
  amount: moneyOf(row.amount, row.currency),
  currency: row.currency,
  before: row.before === null ? null : moneyOf(row.before, row.currency),
  after: row.after === null ? null : moneyOf(row.after, row.currency),
  reason: row.reason,
  createdBy: row.created_by,
  createdByName: row.created_by_name,
  createdAt: iso(row.created_at),
});

/** The adjustments paid with a statement, oldest first. */
export const readAdjustments = async (db: Db, orgId: string, statementId: string): Promise<CompAdjustment[]> => {
  const rows = await queryRows<AdjustmentRow>(
    db,
    sql`select a.id::text, a.statement_id::text, a.kind, a.source_statement_id::text,
               src.period_start::text as source_start, src.period_end::text as source_end, a.inquiry_id::text,
               a.component_kind, a.component_id, a.deal_id::text, a.amount::text, a.currency,
               a.before::text, a.after::text, a.reason, a.created_by::text, u.name as created_by_name, a.created_at
        from comp_adjustments a
        left join comp_statements src on src.org_id = a.org_id and src.id = a.source_statement_id
        left join users u on u.id = a.created_by
        where a.org_id = ${orgId} and a.statement_id = ${statementId}
        order by a.created_at, a.id`,
  );
  return rows.map(toAdjustment);
};

const totalsOf = (lines: readonly CompEarningLineView[]) => {
  const sums = new Map<string, MoneyValue>();
  for (const line of lines) sums.set(line.currency, (sums.get(line.currency) ?? new Money(0)).plus(line.amount));
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, amount]) => ({ currency, amount: moneyOf(amount.toFixed(), currency) }));
};

/** An inquiry sits on its own line, or — after a run moved the statement on — on the line of the same component, deal and day. */
const inquiriesOn = (line: CompEarningLineView, runId: string, inquiries: readonly CompInquiry[]) =>
  inquiries
    .filter(({ line: asked }) =>
      asked.runId === runId
        ? asked.position === line.position
        : asked.componentId === line.componentId && asked.dealId === line.dealId && asked.date === line.date,
    )
    .map((inquiry) => inquiry.id);

/** Lines grouped by component, groups in the order their first line comes. */
const groupLines = (lines: readonly CompEarningLineView[], runId: string | null, inquiries: readonly CompInquiry[]) => {
  const groups = new Map<string, CompEarningLineView[]>();
  for (const line of lines) {
    const key = `${line.componentKind}\u0000${line.componentId}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.values()].map((members) => {
    const first = members[0] as CompEarningLineView;
    return {
      componentKind: first.componentKind,
      componentId: first.componentId,
      totals: totalsOf(members),
      lines: members.map((line) => ({ ...line, inquiryIds: runId ? inquiriesOn(line, runId, inquiries) : [] })),
    };
  });
};

interface PlanRow {
  plan_id: string;
  name: string;
  version_id: string;
  version: number;
  components: { id: string; kind: CompComponentKind; name?: string }[];
}

/** The plan versions the lines were computed by, so the page names the plan and each component's group. */
const readPlans = async (db: Db, orgId: string, lines: readonly CompEarningLineView[]) => {
  const ids = [...new Set(lines.map((line) => line.planVersionId))];
  if (ids.length === 0) return [];
  const rows = await queryRows<PlanRow>(
    db,
    sql`select p.id::text as plan_id, p.name, v.id::text as version_id, v.version, v.terms->'components' as components
        from comp_plan_versions v join comp_plans p on p.org_id = v.org_id and p.id = v.plan_id
        where v.org_id = ${orgId} and v.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        order by p.name, v.version`,
  );
  return rows.map((row) => ({
    planId: row.plan_id,
    name: row.name,
    versionId: row.version_id,
    version: Number(row.version),
    components: row.components.map(({ id, kind, name }) => ({ id, kind, name: name ?? null })),
  }));
};

/** One statement in full, as the caller may see it. */
export const readStatementDetail = async (db: Db, scope: Scope, id: string): Promise<CompStatementDetail> => {
  const row = await findStatementRow(db, scope, id);
  // In sequence: a workflow step answers with this inside its transaction (one connection).
  const lineRows = row.run_id
    ? await queryRows<LineRow>(
        db,
        sql`select ${lineColumns} from comp_earning_lines l ${lineDeal}
            where l.org_id = ${scope.orgId} and l.run_id = ${row.run_id} and l.rep_id = ${row.rep_id}
            order by l.position`,
      )
    : [];
  const adjustments = await readAdjustments(db, scope.orgId, id);
  const inquiries = await readInquiries(db, scope, sql`i.statement_id = ${id}`);
  const lines = lineRows.map(toLine);
  return {
    ...toStatement(row),
    attainment: row.attainment,
    drawBalance: new Money(row.draw_balance).toFixed(),
    groups: groupLines(lines, row.run_id, inquiries),
    adjustments,
    plans: await readPlans(db, scope.orgId, lines),
    openCredits: row.open_credits,
    inquiries,
  };
};
