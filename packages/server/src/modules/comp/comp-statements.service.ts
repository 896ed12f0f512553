import { AppError, type CompStatementDetail, type CompStatementStatus } from '@pacer/core';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { nowMs } from '../../platform/db/columns';
import { recordAudit } from '../audit/audit.service';
import { lockOrgComp } from './comp-adjustments';
import { readStatementDetail } from './comp-statements.detail';
import { findStatementRow, toStatement } from './comp-statements.queries';
import { compStatements } from './comp-statements.table';

/*
 * The statement workflow: draft → reviewed (the rep's manager or an admin) → approved (an admin,
 * for finance) → paid (an admin). Nobody moves their own statement on, so pay always has a second
 * pair of eyes. Each step is one transaction, taken in turn with runs, and audited.
 */

type Step = 'review' | 'approve' | 'pay';

const steps: Record<Step, { from: CompStatementStatus; to: CompStatementStatus; verb: string }> = {
  review: { from: 'draft', to: 'reviewed', verb: 'reviewed' },
  approve: { from: 'reviewed', to: 'approved', verb: 'approved' },
  pay: { from: 'approved', to: 'paid', verb: 'marked paid' },
};

/** Who signs off each step: reviews need a manager (of the rep: the scope) or an admin; the rest an admin. */
const assertMayTake = (scope: Scope, step: Step, repId: string) => {
  if (scope.role === 'rep' || scope.role === 'viewer') {
    throw new AppError('FORBIDDEN', 'Only the rep’s manager or an admin reviews a statement');
  }
  if (step !== 'review' && scope.role !== 'admin') throw new AppError('FORBIDDEN', 'Only an admin does this');
  if (repId === scope.userId) throw new AppError('FORBIDDEN', 'Your own statement is signed off by someone else');
};

const signedBy = (step: Step, userId: string) => {
  if (step === 'review') return { reviewedBy: userId, reviewedAt: nowMs };
  if (step === 'approve') return { approvedBy: userId, approvedAt: nowMs };
  return { paidBy: userId, paidAt: nowMs };
};

/** Moves a statement one step on; answers it in full. */
export const moveStatement = async (db: Db, scope: Scope, id: string, step: Step): Promise<CompStatementDetail> =>
  db.transaction(async (tx) => {
    await lockOrgComp(tx, scope.orgId);
    const statement = await findStatementRow(tx, scope, id);
    assertMayTake(scope, step, statement.rep_id);
    const { from, to, verb } = steps[step];
    if (statement.status !== from) {
      throw new AppError('CONFLICT', `Only a ${from} statement can be ${verb}; this one is ${statement.status}`);
    }
    await tx
      .update(compStatements)
      .set({ status: to, ...signedBy(step, scope.userId), updatedAt: nowMs })
      .where(and(eq(compStatements.orgId, scope.orgId), eq(compStatements.id, id), eq(compStatements.status, from)));
    await recordAudit(tx, scope, {
      action: `comp_statement.${to}`,
      entity: 'comp_statement',
      entityId: id,
      data: {
        status: { from, to },
        repId: statement.rep_id,
        periodStart: statement.period_start,
        periodEnd: statement.period_end,
        totals: toStatement(statement).totals,
      },
    });
    return readStatementDetail(tx, scope, id);
  });
