import {
  AppError,
  addDays,
  type CompAdjustmentKind,
  type CompComponentKind,
  type DateRange,
  daysBetween,
  daysInMonth,
  formatLocalDate,
  parseLocalDate,
} from '@pacer/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { nowMs } from '../../platform/db/columns';
import { recordAudit } from '../audit/audit.service';
import { compAdjustments, compStatements } from './comp-statements.table';

/*
 * Adjustments land in the rep's next open statement: the earliest draft or reviewed one after the
 * period they correct (or the questioned statement itself while it is open). Without one, a draft
 * for the period right after the rep's latest statement is opened to hold them — a run of that
 * period later fills in its lines. A reviewed statement that receives one goes back to draft: its
 * review did not cover what it now pays.
 */

/** Comp writes of one org take turns (runs, workflow, adjustments), so no run misses an approval made meanwhile. */
export const lockOrgComp = async (db: Db, orgId: string): Promise<void> => {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`pacer:comp:${orgId}`}))`);
};

const isMonthStart = (day: string) => parseLocalDate(day).day === 1;
const isMonthEnd = (day: string) => {
  const { year, month, day: date } = parseLocalDate(day);
  return date === daysInMonth(year, month);
};

/** The period after `range` of the same length: as many whole months for whole months, else as many days. */
export const nextPeriodAfter = (range: DateRange): DateRange => {
  const start = addDays(range.end, 1);
  if (!isMonthStart(range.start) || !isMonthEnd(range.end)) {
    return { start, end: addDays(range.end, daysBetween(range.start, range.end)) };
  }
  const from = parseLocalDate(range.start);
  const to = parseLocalDate(range.end);
  const months = (to.year - from.year) * 12 + (to.month - from.month) + 1;
  const next = parseLocalDate(start);
  const last = next.year * 12 + (next.month - 1) + months - 1;
  const year = Math.floor(last / 12);
  const month = (last % 12) + 1;
  return { start, end: formatLocalDate(year, month, daysInMonth(year, month)) };
};

/** A statement as adjustments need it. */
export interface StatementRef {
  id: string;
  status: string;
  periodStart: string;
  periodEnd: string;
}

const isOpen = (status: string) => status === 'draft' || status === 'reviewed';

/**
 * The statement adjustments of `after`'s period land in: `own` if open, else the open one holding
 * `on` (a day the adjustment belongs to, e.g. a contest's last day), else the next open one after
 * `after`, opened if need be.
 */
const landingStatement = async (
  db: Db,
  orgId: string,
  repId: string,
  after: DateRange,
  own?: StatementRef,
  on?: string,
) => {
  if (own && isOpen(own.status)) return own;
  const holding = on ? sql`or (period_start <= ${on}::date and period_end >= ${on}::date)` : sql``;
  const [next] = await queryRows<{ id: string; status: string; period_start: string; period_end: string }>(
    db,
    sql`select id::text, status, period_start::text, period_end::text from comp_statements
        where org_id = ${orgId} and rep_id = ${repId} and status in ('draft', 'reviewed')
          and (period_start > ${after.end}::date ${holding})
        order by period_start, period_end limit 1`,
  );
  if (next) return { id: next.id, status: next.status, periodStart: next.period_start, periodEnd: next.period_end };
  const [latest] = await queryRows<{ period_start: string; period_end: string }>(
    db,
    sql`select period_start::text, period_end::text from comp_statements
        where org_id = ${orgId} and rep_id = ${repId} and period_end >= ${after.end}::date
        order by period_end desc, period_start desc limit 1`,
  );
  const period = nextPeriodAfter(latest ? { start: latest.period_start, end: latest.period_end } : after);
  const [opened] = await db
    .insert(compStatements)
    .values({ orgId, repId, periodStart: period.start, periodEnd: period.end })
    .returning({ id: compStatements.id });
  if (!opened) throw new AppError('INTERNAL', 'The statement was not opened');
  return { id: opened.id, status: 'draft', periodStart: period.start, periodEnd: period.end };
};

/** One adjustment to append: signed amount, what it is for and why. */
export interface AdjustmentEntry {
  kind: CompAdjustmentKind;
  componentKind: CompComponentKind | null;
  componentId: string | null;
  dealId: string | null;
  amount: string;
  currency: string;
  reason: string;
  sourceStatementId?: string | null;
  runId?: string | null;
  inquiryId?: string | null;
  before?: string | null;
  after?: string | null;
}

/** Appends a rep's adjustments of `after`'s period to their landing statement; answers their ids, in order. */
export const appendAdjustments = async (
  db: Db,
  scope: Scope,
  target: { repId: string; after: DateRange; own?: StatementRef; on?: string },
  entries: readonly AdjustmentEntry[],
): Promise<{ statementId: string; ids: string[] }> => {
  const landing = await landingStatement(db, scope.orgId, target.repId, target.after, target.own, target.on);
  if (entries.length === 0) return { statementId: landing.id, ids: [] };
  const rows = await db
    .insert(compAdjustments)
    .values(
      entries.map((entry) => ({
        orgId: scope.orgId,
        statementId: landing.id,
        repId: target.repId,
        kind: entry.kind,
        sourceStatementId: entry.sourceStatementId ?? null,
        runId: entry.runId ?? null,
        inquiryId: entry.inquiryId ?? null,
        componentKind: entry.componentKind,
        componentId: entry.componentId,
        dealId: entry.dealId,
        amount: entry.amount,
        currency: entry.currency,
        before: entry.before ?? null,
        after: entry.after ?? null,
        reason: entry.reason,
        createdBy: scope.userId,
      })),
    )
    .returning({ id: compAdjustments.id });
  const ids = rows.map((row) => row.id);
  if (landing.status === 'reviewed') {
    await db
      .update(compStatements)
      .set({ status: 'draft', reviewedAt: null, reviewedBy: null, updatedAt: nowMs })
      .where(and(eq(compStatements.orgId, scope.orgId), eq(compStatements.id, landing.id)));
    await recordAudit(db, scope, {
      action: 'comp_statement.reopened',
      entity: 'comp_statement',
      entityId: landing.id,
      data: { status: { from: 'reviewed', to: 'draft' }, because: 'adjustment' },
    });
  }
  for (const [index, entry] of entries.entries()) {
    await recordAudit(db, scope, {
      action: 'comp_adjustment.created',
      entity: 'comp_adjustment',
      entityId: ids[index] ?? null,
      data: {
        statementId: landing.id,
        repId: target.repId,
        kind: entry.kind,
        amount: entry.amount,
        currency: entry.currency,
        dealId: entry.dealId,
        ...(entry.sourceStatementId ? { sourceStatementId: entry.sourceStatementId } : {}),
        ...(entry.inquiryId ? { inquiryId: entry.inquiryId } : {}),
      },
    });
  }
  return { statementId: landing.id, ids };
};
