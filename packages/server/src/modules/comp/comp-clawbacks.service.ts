import {
  AppError,
  type CompRefund,
  type CreateCompRefundInput,
  fitsCurrency,
  invalidField,
  Money,
  roundToCurrency,
} from '@pacer/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { visibleDeal } from '../deals/deals.queries';
import { deals } from '../deals/deals.table';
import { stages } from '../pipelines/pipelines.table';
import { compDealRefunds } from './comp-clawbacks.table';
import { iso } from './comp-statements.queries';

/*
 * Refunds on won deals, recorded by an admin in the deal's currency. Together they never exceed
 * the deal's amount, and none is dated before the win. The next run of the refund's period claws
 * back that share of what was paid for the deal, when the plan has a clawback and the refund falls
 * within its window.
 */

/** Records a refund on a won deal. */
export const recordRefund = async (
  db: Db,
  scope: Scope,
  dealId: string,
  input: CreateCompRefundInput,
): Promise<CompRefund> =>
  db.transaction(async (tx) => {
    // The deal row is locked, so two refunds at once cannot both fit under its amount.
    const [deal] = await tx
      .select({ amount: deals.amount, currency: deals.currency, closedOn: deals.closedOn, kind: stages.kind })
      .from(deals)
      .innerJoin(stages, and(eq(stages.orgId, deals.orgId), eq(stages.id, deals.stageId)))
      .where(and(visibleDeal(scope), eq(deals.id, dealId)))
      .for('update', { of: deals });
    if (!deal) throw new AppError('NOT_FOUND', 'No such deal');
    if (deal.kind !== 'won') throw new AppError('CONFLICT', 'Only a won deal can be refunded');
    if (!fitsCurrency(input.amount, deal.currency)) {
      throw invalidField('amount', `More decimals than ${deal.currency} has`);
    }
    if (deal.closedOn && input.refundedOn < deal.closedOn) {
      throw invalidField('refundedOn', `Before the deal was won (${deal.closedOn})`);
    }
    const [earlier] = await tx
      .select({ sum: sql<string>`coalesce(sum(${compDealRefunds.amount}), 0)::text` })
      .from(compDealRefunds)
      .where(and(eq(compDealRefunds.orgId, scope.orgId), eq(compDealRefunds.dealId, dealId)));
    const left = new Money(deal.amount).minus(earlier?.sum ?? '0');
    if (new Money(input.amount).greaterThan(left)) {
      throw invalidField('amount', `More than is left to refund (${roundToCurrency(left, deal.currency)})`);
    }
    const [refund] = await tx
      .insert(compDealRefunds)
      .values({
        orgId: scope.orgId,
        dealId,
        amount: input.amount,
        currency: deal.currency,
        refundedOn: input.refundedOn,
        reason: input.reason || null,
        createdBy: scope.userId,
      })
      .returning();
    if (!refund) throw new AppError('INTERNAL', 'The refund was not recorded');
    await recordAudit(tx, scope, {
      action: 'comp_refund.created',
      entity: 'deal',
      entityId: dealId,
      data: { refundId: refund.id, amount: input.amount, currency: deal.currency, refundedOn: input.refundedOn },
    });
    return {
      id: refund.id,
      dealId,
      amount: roundToCurrency(refund.amount, refund.currency),
      currency: refund.currency,
      refundedOn: refund.refundedOn,
      reason: refund.reason,
      createdBy: refund.createdBy,
      createdAt: iso(refund.createdAt),
    };
  });
