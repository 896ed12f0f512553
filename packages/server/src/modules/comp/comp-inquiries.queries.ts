import { AppError, type CompInquiry, type CompInquiryStatus } from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { visiblePerson } from './comp-plan-reach';
import { type LineRow, lineColumns, lineDeal, toLine } from './comp-run-lines';
import { iso, moneyOf } from './comp-statements.queries';

/** Inquiries with their thread and the ledger line they question, as the caller may see them (the rep's reach). */

interface InquiryRow extends LineRow {
  id: string;
  statement_id: string;
  status: CompInquiryStatus;
  run_id: string;
  created_at: Date | string;
  updated_at: Date | string;
  messages: {
    id: string;
    authorId: string | null;
    authorName: string | null;
    comment: string;
    adjustmentId: string | null;
    adjustment: {
      amount: string;
      currency: string;
      statementId: string;
      periodStart: string;
      periodEnd: string;
    } | null;
    createdAt: string;
  }[];
}

const toInquiry = (row: InquiryRow): CompInquiry => ({
  id: row.id,
  statementId: row.statement_id,
  repId: row.rep_id,
  status: row.status,
  line: { ...toLine(row), runId: row.run_id },
  messages: row.messages.map(({ adjustment, ...message }) => ({
    ...message,
    adjustment: adjustment && { ...adjustment, amount: moneyOf(adjustment.amount, adjustment.currency) },
    createdAt: iso(message.createdAt),
  })),
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

/** The inquiries (alias `i`) matching `where` that the scope may see, oldest first. */
export const readInquiries = async (db: Db, scope: Scope, where: SQL): Promise<CompInquiry[]> => {
  const rows = await queryRows<InquiryRow>(
    db,
    sql`select i.id::text, i.statement_id::text, i.status, i.run_id::text, i.created_at, i.updated_at, ${lineColumns},
               coalesce((
                 select json_agg(json_build_object(
                   'id', m.id, 'authorId', m.author_id, 'authorName', u.name, 'comment', m.comment,
                   'adjustmentId', m.adjustment_id, 'createdAt', m.created_at,
                   'adjustment', case when a.id is null then null else json_build_object(
                     'amount', a.amount::text, 'currency', a.currency, 'statementId', a.statement_id,
                     'periodStart', s.period_start::text, 'periodEnd', s.period_end::text) end)
                   order by m.created_at, m.id)
                 from comp_inquiry_messages m left join users u on u.id = m.author_id
                 -- Where the answer's adjustment is paid: this statement while open, else the next open one.
                 left join comp_adjustments a on a.org_id = m.org_id and a.id = m.adjustment_id
                 left join comp_statements s on s.org_id = a.org_id and s.id = a.statement_id
                 where m.org_id = i.org_id and m.inquiry_id = i.id), '[]'::json) as messages
        from comp_inquiries i
        join comp_earning_lines l
          on l.org_id = i.org_id and l.run_id = i.run_id and l.rep_id = i.rep_id and l.position = i.position
        ${lineDeal}
        where i.org_id = ${scope.orgId} and ${visiblePerson(scope, sql`i.rep_id`)} and ${where}
        order by i.created_at, i.id`,
  );
  return rows.map(toInquiry);
};

/** One inquiry the scope may see; another org's, or one out of reach, is not found. */
export const readInquiry = async (db: Db, scope: Scope, id: string): Promise<CompInquiry> => {
  const [inquiry] = await readInquiries(db, scope, sql`i.id = ${id}`);
  if (!inquiry) throw new AppError('NOT_FOUND', 'No such inquiry');
  return inquiry;
};
