import {
  AppError,
  type CompInquiry,
  type CreateCompInquiryInput,
  fitsCurrency,
  invalidField,
  type ReplyCompInquiryInput,
} from '@pacer/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { nowMs } from '../../platform/db/columns';
import { recordAudit } from '../audit/audit.service';
import { appendAdjustments, lockOrgComp } from './comp-adjustments';
import { readInquiry } from './comp-inquiries.queries';
import { findStatementRow } from './comp-statements.queries';
import { compInquiries, compInquiryMessages } from './comp-statements.table';

/*
 * Inquiries: a rep questions a line of their own statement; the rep's manager or an admin answers
 * in the thread and may give an adjustment (paid with this statement while it is open, else with
 * the next open one). A rep's follow-up opens the thread again; a closed thread takes no replies.
 */

/** The rep questions one line (by position) of their statement. */
export const openInquiry = async (
  db: Db,
  scope: Scope,
  statementId: string,
  position: number,
  input: CreateCompInquiryInput,
): Promise<CompInquiry> =>
  db.transaction(async (tx) => {
    const statement = await findStatementRow(tx, scope, statementId);
    if (statement.rep_id !== scope.userId) {
      throw new AppError('FORBIDDEN', 'Only the rep whose statement it is questions its lines');
    }
    const [line] = statement.run_id
      ? await queryRows<{ deal_id: string | null }>(
          tx,
          sql`select deal_id::text from comp_earning_lines
              where org_id = ${scope.orgId} and run_id = ${statement.run_id} and rep_id = ${statement.rep_id}
                and position = ${position}`,
        )
      : [];
    if (!line || !statement.run_id) throw new AppError('NOT_FOUND', 'No such line on this statement');
    const [inquiry] = await tx
      .insert(compInquiries)
      .values({ orgId: scope.orgId, statementId, repId: statement.rep_id, runId: statement.run_id, position })
      .returning({ id: compInquiries.id });
    if (!inquiry) throw new AppError('INTERNAL', 'The inquiry was not recorded');
    await tx
      .insert(compInquiryMessages)
      .values({ orgId: scope.orgId, inquiryId: inquiry.id, authorId: scope.userId, comment: input.comment });
    await recordAudit(tx, scope, {
      action: 'comp_inquiry.opened',
      entity: 'comp_inquiry',
      entityId: inquiry.id,
      data: { statementId, position, dealId: line.deal_id },
    });
    return readInquiry(tx, scope, inquiry.id);
  });

const setStatus = (db: Db, scope: Scope, id: string, status: CompInquiry['status']) =>
  db
    .update(compInquiries)
    .set({ status, updatedAt: nowMs })
    .where(and(eq(compInquiries.orgId, scope.orgId), eq(compInquiries.id, id)));

/** An answer (manager, admin: maybe with an adjustment) or the rep's follow-up. */
export const replyInquiry = async (
  db: Db,
  scope: Scope,
  id: string,
  input: ReplyCompInquiryInput,
): Promise<CompInquiry> =>
  db.transaction(async (tx) => {
    await lockOrgComp(tx, scope.orgId);
    const inquiry = await readInquiry(tx, scope, id);
    if (inquiry.status === 'closed') throw new AppError('CONFLICT', 'This inquiry is closed');
    const byRep = inquiry.repId === scope.userId;
    if (!byRep && scope.role !== 'manager' && scope.role !== 'admin') {
      throw new AppError('FORBIDDEN', 'Only the rep, their manager or an admin replies');
    }
    let adjustmentId: string | null = null;
    if (input.adjustment) {
      if (byRep) throw new AppError('FORBIDDEN', 'An adjustment is given by the rep’s manager or an admin');
      const { currency } = inquiry.line;
      if (!fitsCurrency(input.adjustment.amount, currency)) {
        throw invalidField('adjustment.amount', `More decimals than ${currency} has`);
      }
      const statement = await findStatementRow(tx, scope, inquiry.statementId);
      const own = {
        id: statement.id,
        status: statement.status,
        periodStart: statement.period_start,
        periodEnd: statement.period_end,
      };
      const added = await appendAdjustments(
        tx,
        scope,
        { repId: inquiry.repId, after: { start: own.periodStart, end: own.periodEnd }, own },
        [
          {
            kind: 'manual',
            componentKind: inquiry.line.componentKind,
            componentId: inquiry.line.componentId,
            dealId: inquiry.line.dealId,
            amount: input.adjustment.amount,
            currency,
            reason: input.adjustment.reason,
            inquiryId: id,
          },
        ],
      );
      adjustmentId = added.ids[0] ?? null;
    }
    await tx
      .insert(compInquiryMessages)
      .values({ orgId: scope.orgId, inquiryId: id, authorId: scope.userId, comment: input.comment, adjustmentId });
    await setStatus(tx, scope, id, byRep ? 'open' : 'answered');
    await recordAudit(tx, scope, {
      action: byRep ? 'comp_inquiry.followed_up' : 'comp_inquiry.answered',
      entity: 'comp_inquiry',
      entityId: id,
      data: { status: { from: inquiry.status, to: byRep ? 'open' : 'answered' }, adjustmentId },
    });
    return readInquiry(tx, scope, id);
  });

/** Closes the thread (the rep, their manager or an admin). */
export const closeInquiry = async (db: Db, scope: Scope, id: string): Promise<CompInquiry> =>
  db.transaction(async (tx) => {
    const inquiry = await readInquiry(tx, scope, id);
    if (inquiry.status === 'closed') throw new AppError('CONFLICT', 'This inquiry is already closed');
    await setStatus(tx, scope, id, 'closed');
    await recordAudit(tx, scope, {
      action: 'comp_inquiry.closed',
      entity: 'comp_inquiry',
      entityId: id,
      data: { status: { from: inquiry.status, to: 'closed' } },
    });
    return readInquiry(tx, scope, id);
  });
