import {
  type CompComponentKind,
  type CompEarningLineView,
  currencyMinorUnits,
  describeLine,
  type ExplanationPart,
  Money,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { visiblePerson } from './comp-plan-reach';
import { readRun } from './comp-runs.service';

/** A run's earning lines as the caller may see them: admins all, managers their people's, reps their own. */

/** A ledger line as read with `lineColumns`. */
export interface LineRow {
  rep_id: string;
  position: number;
  plan_version_id: string;
  component_id: string;
  component_kind: CompComponentKind;
  deal_id: string | null;
  deal_name: string | null;
  credit_date: string | null;
  base: string | null;
  rate: string | null;
  tier: number | null;
  amount: string;
  currency: string;
  explanation: ExplanationPart[];
}

/** The columns of a ledger line (alias `l`, with its deal `d` joined by `lineDeal`) that `toLine` reads. */
export const lineColumns = sql`l.rep_id::text, l.position, l.plan_version_id::text, l.component_id, l.component_kind,
  l.deal_id::text, d.name as deal_name, l.credit_date::text, l.base::text, l.rate::text, l.tier, l.amount::text,
  l.currency, l.explanation`;

/** The deal of line `l`, for its name: the line names a deal its reader is paid on, so the name is theirs to read. */
export const lineDeal = sql`left join deals d on d.org_id = l.org_id and d.id = l.deal_id`;

export const toLine = (row: LineRow): CompEarningLineView => {
  const line = {
    planVersionId: row.plan_version_id,
    component: { id: row.component_id, kind: row.component_kind },
    dealId: row.deal_id,
    date: row.credit_date,
    base: row.base,
    rate: row.rate,
    tier: row.tier === null ? null : Number(row.tier),
    // The column keeps four decimals; a line is written to its currency's minor unit.
    amount: new Money(row.amount).toFixed(currencyMinorUnits(row.currency)),
    currency: row.currency,
    explanation: row.explanation,
  };
  const { component, ...rest } = line;
  return {
    repId: row.rep_id,
    position: Number(row.position),
    ...rest,
    dealName: row.deal_name,
    componentId: component.id,
    componentKind: component.kind,
    text: describeLine(line),
  };
};

export const listRunLines = async (db: Db, scope: Scope, runId: string, query: { repId?: string | undefined }) => {
  const run = await readRun(db, scope, runId);
  const rows = await queryRows<LineRow>(
    db,
    sql`select ${lineColumns}
        from comp_earning_lines l ${lineDeal}
        where l.org_id = ${scope.orgId} and l.run_id = ${runId} and ${visiblePerson(scope, sql`l.rep_id`)}
          ${query.repId ? sql`and l.rep_id = ${query.repId}` : sql``}
        order by l.rep_id, l.position`,
  );
  return { runId, ...run, lines: rows.map(toLine) };
};
