import {
  AppError,
  type Award,
  type AwardListQuery,
  type CreateAwardInput,
  type DateRange,
  daysInMonth,
  formatLocalDate,
  parseLocalDate,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { recordAudit } from '../audit/audit.service';
import { awards } from './incentives.table';
import { postRecognition } from './recognition-posts';

const awardNames = { rep_of_the_month: 'Rep of the month', rep_of_the_year: 'Rep of the year' } as const;

/** The calendar month or year around the day given; a custom award its own days. */
const periodOfAward = (input: CreateAwardInput): DateRange => {
  const { year, month } = parseLocalDate(input.periodStart);
  if (input.kind === 'rep_of_the_month')
    return { start: formatLocalDate(year, month, 1), end: formatLocalDate(year, month, daysInMonth(year, month)) };
  if (input.kind === 'rep_of_the_year')
    return { start: formatLocalDate(year, 1, 1), end: formatLocalDate(year, 12, 31) };
  return { start: input.periodStart, end: input.periodEnd ?? input.periodStart };
};

interface AwardRow {
  id: string;
  kind: Award['kind'];
  name: string;
  rep_id: string;
  rep_name: string;
  period_start: string;
  period_end: string;
  citation: string;
  given_by: string | null;
  given_by_name: string | null;
  created_at: Date | string;
}

const selectAwards = (scope: Scope, where: ReturnType<typeof sql>, tail: ReturnType<typeof sql>) => sql`
  select w.id::text, w.kind, w.name, w.rep_id::text, r.name as rep_name, w.period_start::text, w.period_end::text,
         w.citation, w.given_by::text, g.name as given_by_name, w.created_at
  from awards w join users r on r.id = w.rep_id left join users g on g.id = w.given_by
  where w.org_id = ${scope.orgId} and ${where}
  ${tail}`;

const toAward = (row: AwardRow): Award => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  repId: row.rep_id,
  repName: row.rep_name,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  citation: row.citation,
  givenBy: row.given_by,
  givenByName: row.given_by_name,
  createdAt: new Date(row.created_at).toISOString(),
});

/** Awards are public recognition: everyone in the org sees them, newest first. */
export const listAwards = async (db: Db, scope: Scope, query: AwardListQuery) => {
  const parts = [sql`true`];
  if (query.repId) parts.push(sql`w.rep_id = ${query.repId}`);
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  if (after) parts.push(sql`(w.created_at, w.id) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`);
  const rows = await queryRows<AwardRow>(
    db,
    selectAwards(
      scope,
      sql.join(parts, sql` and `),
      sql`order by w.created_at desc, w.id desc limit ${query.limit + 1}`,
    ),
  );
  const page = rows.slice(0, query.limit).map(toAward);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
  };
};

/** Gives an award to an active rep in reach (a manager their teams' reps, an admin anyone), posted to the feed. */
export const giveAward = async (db: Db, scope: Scope, input: CreateAwardInput): Promise<Award> => {
  const id = await db.transaction(async (tx) => {
    const [rep] = await queryRows(
      tx,
      sql`select 1 from members where org_id = ${scope.orgId} and user_id = ${input.repId}
            and role = 'rep' and status = 'active'`,
    );
    if (!rep || (scope.userIds && !scope.userIds.has(input.repId))) throw new AppError('NOT_FOUND', 'No such rep');
    const period = periodOfAward(input);
    const name = input.kind === 'custom' ? (input.name as string) : awardNames[input.kind];
    const [row] = await tx
      .insert(awards)
      .values({
        orgId: scope.orgId,
        kind: input.kind,
        name,
        repId: input.repId,
        periodStart: period.start,
        periodEnd: period.end,
        citation: input.citation,
        givenBy: scope.userId,
      })
      .returning({ id: awards.id });
    if (!row) throw new AppError('INTERNAL', 'The award was not given');
    await postRecognition(tx, scope.orgId, {
      kind: 'award',
      authorId: scope.userId,
      subjectId: input.repId,
      sourceId: row.id,
      message: {
        code: 'award_given',
        params: { award: name, awardKind: input.kind, from: period.start, to: period.end, citation: input.citation },
      },
    });
    await recordAudit(tx, scope, {
      action: 'award.given',
      entity: 'award',
      entityId: row.id,
      data: { kind: input.kind, name, repId: input.repId, periodStart: period.start, periodEnd: period.end },
    });
    return row.id;
  });
  const [row] = await queryRows<AwardRow>(db, selectAwards(scope, sql`w.id = ${id}`, sql``));
  return toAward(row as AwardRow);
};
