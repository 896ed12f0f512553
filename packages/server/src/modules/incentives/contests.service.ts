import {
  AppError,
  type Contest,
  type ContestDetail,
  type ContestLeaderboard,
  type ContestListQuery,
  type CreateContestInput,
  fitsCurrency,
  invalidField,
  roundToCurrency,
} from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { recordAudit } from '../audit/audit.service';
import { type ContestRow, readContest, readWinners, selectContests, toContest } from './contest-rows';
import { assertContestMetric, resolveContestPeriod, resolveParticipants } from './contest-setup';
import { contestStandings } from './contest-standings';
import { contestParticipants, contests, type StoredPrize } from './incentives.table';

/** A contest with its recorded winners. */
export const getContest = async (db: Db, scope: Scope, clock: Clock, id: string): Promise<ContestDetail> => {
  const row = await readContest(db, scope, id);
  return { ...toContest(row, clock.now()), winners: await readWinners(db, scope.orgId, id) };
};

/** A prize as kept: cash to its currency's minor unit ("250" → "250.00"), refused if it has more decimals. */
export const storedPrize = (prize: CreateContestInput['prizes'][number], index: number): StoredPrize => {
  if (prize.kind !== 'cash' || !prize.amount || !prize.currency)
    return { place: prize.place, kind: prize.kind, amount: null, currency: null, description: prize.description };
  if (!fitsCurrency(prize.amount, prize.currency))
    throw invalidField(`prizes.${index}.amount`, `More decimals than ${prize.currency} has`);
  const amount = roundToCurrency(prize.amount, prize.currency);
  return { place: prize.place, kind: 'cash', amount, currency: prize.currency, description: '' };
};

/** Sets a contest in one transaction: metric, period and participants checked and fixed; audited. */
export const createContest = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  input: CreateContestInput,
): Promise<ContestDetail> => {
  const id = await db.transaction(async (tx) => {
    await assertContestMetric(tx, scope, input);
    const period = await resolveContestPeriod(tx, scope, input);
    const participants = await resolveParticipants(tx, scope, input);
    const prizes = input.prizes.map(storedPrize);
    const [row] = await tx
      .insert(contests)
      .values({
        orgId: scope.orgId,
        name: input.name,
        description: input.description,
        metric: input.metric,
        productLineId: input.productLineId ?? null,
        periodKind: input.periodKind,
        ...period,
        participants: input.participants,
        teamId: input.participants === 'team' ? (input.teamId ?? null) : null,
        rule: input.rule,
        topN: input.rule === 'top_n' ? (input.topN ?? null) : null,
        threshold: input.rule === 'top_n' ? null : (input.threshold ?? null),
        prizes,
        createdBy: scope.userId,
      })
      .returning({ id: contests.id });
    if (!row) throw new AppError('INTERNAL', 'The contest was not created');
    await tx
      .insert(contestParticipants)
      .values(participants.map((userId) => ({ orgId: scope.orgId, contestId: row.id, userId })));
    await recordAudit(tx, scope, {
      action: 'contest.created',
      entity: 'contest',
      entityId: row.id,
      data: {
        name: input.name,
        description: input.description,
        metric: input.metric,
        startsAt: period.startsAt.toISOString(),
        endsAt: period.endsAt.toISOString(),
        rule: input.rule,
        participants: participants.length,
        prizes,
      },
    });
    return row.id;
  });
  return getContest(db, scope, clock, id);
};

const statusFilter: Record<ContestListQuery['status'], SQL> = {
  all: sql`true`,
  active: sql`c.finished_at is null and c.cancelled_at is null`,
  finished: sql`c.finished_at is not null`,
  cancelled: sql`c.cancelled_at is not null`,
};

/** Contests the caller may see, the latest ending first. */
export const listContests = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  query: ContestListQuery,
): Promise<{ items: Contest[]; nextCursor: string | null }> => {
  const parts = [statusFilter[query.status]];
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  if (after) parts.push(sql`(c.ends_at, c.id) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`);
  const rows = await queryRows<ContestRow>(
    db,
    selectContests(
      scope,
      sql.join(parts, sql` and `),
      sql`order by c.ends_at desc, c.id desc limit ${query.limit + 1}`,
    ),
  );
  const page = rows.slice(0, query.limit).map((row) => toContest(row, clock.now()));
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > query.limit && last ? encodeCursor([last.endsAt, last.id]) : null };
};

/** The live leaderboard of a contest the caller may see. */
export const contestLeaderboard = async (db: Db, scope: Scope, clock: Clock, id: string): Promise<ContestLeaderboard> =>
  contestStandings(db, scope.orgId, clock, await readContest(db, scope, id));
