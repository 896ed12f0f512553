import { AppError, type Contest, type ContestDetail } from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import type { StoredPrize } from './incentives.table';

/** A contest row as SQL answers it (alias `c`), with its participant count. */
export interface ContestRow {
  id: string;
  name: string;
  description: string;
  metric: Contest['metric'];
  product_line_id: string | null;
  period_kind: Contest['periodKind'];
  starts_at: Date | string;
  ends_at: Date | string;
  starts_on: string;
  ends_on: string;
  participants: Contest['participants'];
  team_id: string | null;
  participant_count: number;
  rule: Contest['rule'];
  top_n: number | null;
  threshold: string | null;
  prizes: StoredPrize[];
  finished_at: Date | string | null;
  cancelled_at: Date | string | null;
  created_by: string | null;
  created_at: Date | string;
}

/**
 * Who sees a contest: admins and viewers all; a manager those with a participant in reach or set
 * by them; a rep those they compete in.
 */
export const contestVisible = (scope: Scope): SQL => {
  if (!scope.userIds) return sql`true`;
  return sql`(c.created_by = ${scope.userId} or exists (
    select 1 from contest_participants p where p.org_id = c.org_id and p.contest_id = c.id
      and p.user_id = any(${sql.param([...scope.userIds])}::uuid[])))`;
};

export const selectContests = (scope: Scope, where: SQL, tail: SQL = sql``): SQL => sql`
  select c.id::text, c.name, c.description, c.metric, c.product_line_id::text, c.period_kind, c.starts_at, c.ends_at,
         c.starts_on::text, c.ends_on::text, c.participants, c.team_id::text, c.rule, c.top_n,
         c.threshold::text, c.prizes, c.finished_at, c.cancelled_at, c.created_by::text, c.created_at,
         (select count(*)::int from contest_participants p where p.org_id = c.org_id and p.contest_id = c.id)
           as participant_count
  from contests c
  where c.org_id = ${scope.orgId} and ${contestVisible(scope)} and ${where}
  ${tail}`;

const iso = (value: Date | string) => new Date(value).toISOString();

/** Where a contest stands at an instant. */
export const statusOf = (row: ContestRow, now: Date): Contest['status'] => {
  if (row.cancelled_at) return 'cancelled';
  if (row.finished_at) return 'finished';
  if (now < new Date(row.starts_at)) return 'scheduled';
  return now < new Date(row.ends_at) ? 'running' : 'ended';
};

export const toContest = (row: ContestRow, now: Date): Contest => ({
  id: row.id,
  name: row.name,
  description: row.description,
  metric: row.metric,
  productLineId: row.product_line_id,
  periodKind: row.period_kind,
  startsAt: iso(row.starts_at),
  endsAt: iso(row.ends_at),
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  participants: row.participants,
  teamId: row.team_id,
  participantCount: Number(row.participant_count),
  rule: row.rule,
  topN: row.top_n,
  threshold: row.threshold === null ? null : trimZeros(row.threshold),
  prizes: row.prizes,
  status: statusOf(row, now),
  finishedAt: row.finished_at ? iso(row.finished_at) : null,
  cancelledAt: row.cancelled_at ? iso(row.cancelled_at) : null,
  createdBy: row.created_by,
  createdAt: iso(row.created_at),
});

/** numeric(19,4) answers "100.0000": show it as typed. */
export const trimZeros = (value: string) => (value.includes('.') ? value.replace(/\.?0+$/, '') : value);

/** One contest the caller may see; 404 otherwise (another org's included). */
export const readContest = async (db: Db, scope: Scope, id: string): Promise<ContestRow> => {
  const [row] = await queryRows<ContestRow>(db, selectContests(scope, sql`c.id = ${id}`));
  if (!row) throw new AppError('NOT_FOUND', 'No such contest');
  return row;
};

/** The recorded winners, best place first. */
export const readWinners = async (db: Db, orgId: string, contestId: string): Promise<ContestDetail['winners']> => {
  const rows = await queryRows<{
    user_id: string;
    name: string;
    place: number | null;
    value: string | null;
    percent_of_target: string | null;
    prizes: StoredPrize[];
    statement_id: string | null;
  }>(
    db,
    sql`select w.user_id::text, u.name, w.place, w.value, w.percent_of_target, w.prizes,
               w.statement_id::text
        from contest_winners w join users u on u.id = w.user_id
        where w.org_id = ${orgId} and w.contest_id = ${contestId}
        order by w.place nulls last, u.name`,
  );
  return rows.map((row) => ({
    repId: row.user_id,
    repName: row.name,
    place: row.place,
    value: row.value,
    percentOfTarget: row.percent_of_target,
    prizes: row.prizes.map(({ kind, amount, currency, description }) => ({ kind, amount, currency, description })),
    statementId: row.statement_id,
  }));
};
