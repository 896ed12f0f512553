import { AppError, addDays, type ContestDetail, parseLocalDate } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { type Scope, upkeepScope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { appendAdjustments, lockOrgComp } from '../comp/comp-adjustments';
import { type ContestRow, readContest, readWinners, selectContests, toContest } from './contest-rows';
import { contestStandings } from './contest-standings';
import type { StoredPrize } from './incentives.table';
import { contestWinners } from './incentives.table';
import { postRecognition } from './recognition-posts';

/** What a qualifier wins: the prizes of their place, and those for every qualifier. */
const prizesFor = (prizes: readonly StoredPrize[], place: number | null) =>
  prizes.filter((prize) => prize.place === null || prize.place === place);

/**
 * The calendar month before the contest's last day: cash prizes land in the rep's open statement
 * holding that day (a quarter's, say), else the first open one after that month.
 */
const monthBefore = (day: string) => {
  const { year, month } = parseLocalDate(day);
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const end = addDays(first, -1);
  return { start: `${end.slice(0, 7)}-01`, end };
};

/**
 * Finishes a contest once, in one transaction: the standings of that moment decide the winners;
 * each winner's cash prizes become a bonus adjustment ("Contest: <name>") in their next open comp
 * statement; winners are posted to the feed. A second finish (or a concurrent sweep) finds the
 * contest finished and changes nothing. `actor` is who finished it, or its creator for the sweep.
 */
const finishRow = async (
  db: Db,
  actor: Scope,
  clock: Clock,
  contest: ContestRow,
  automatic: boolean,
): Promise<boolean> =>
  db.transaction(async (tx) => {
    const [marked] = await queryRows(
      tx,
      sql`update contests set finished_at = ${clock.now()}, finished_by = ${automatic ? null : actor.userId}
          where org_id = ${actor.orgId} and id = ${contest.id} and finished_at is null and cancelled_at is null
          returning id`,
    );
    if (!marked) return false;
    const board = await contestStandings(tx, actor.orgId, clock, contest);
    const winners = board.rows.filter((row) => row.qualifies);
    const hasCash = contest.prizes.some((prize) => prize.kind === 'cash');
    if (hasCash && winners.length) await lockOrgComp(tx, actor.orgId);
    for (const winner of winners) {
      const prizes = prizesFor(contest.prizes, winner.rank);
      const cash = prizes.filter((prize) => prize.kind === 'cash');
      const landed = cash.length
        ? await appendAdjustments(
            tx,
            actor,
            { repId: winner.repId, after: monthBefore(contest.ends_on), on: contest.ends_on },
            cash.map((prize) => ({
              kind: 'manual',
              componentKind: null,
              componentId: null,
              dealId: null,
              amount: prize.amount as string,
              currency: prize.currency as string,
              reason: `Contest: ${contest.name}`,
            })),
          )
        : null;
      await tx.insert(contestWinners).values({
        orgId: actor.orgId,
        contestId: contest.id,
        userId: winner.repId,
        place: winner.rank,
        value: winner.value,
        percentOfTarget: winner.percentOfTarget,
        prizes,
        statementId: landed?.statementId ?? null,
      });
      const prizeList = JSON.stringify(
        prizes.map(({ kind, amount, currency, description }) => ({ kind, amount, currency, description })),
      );
      await postRecognition(tx, actor.orgId, {
        kind: 'contest_won',
        authorId: null,
        subjectId: winner.repId,
        sourceId: contest.id,
        message: winner.rank
          ? { code: 'contest_placed', params: { place: String(winner.rank), contest: contest.name, prizes: prizeList } }
          : { code: 'contest_qualified', params: { contest: contest.name, prizes: prizeList } },
      });
    }
    await recordAudit(
      tx,
      { orgId: actor.orgId, userId: automatic ? null : actor.userId },
      {
        action: 'contest.finished',
        entity: 'contest',
        entityId: contest.id,
        data: {
          winners: winners.map((w) => ({ repId: w.repId, place: w.rank, value: w.value })),
          automatic,
        },
      },
    );
    return true;
  });

/** Finishes a contest now, by a manager or an admin who sees it; answers it with its winners. */
export const finishContest = async (db: Db, scope: Scope, clock: Clock, id: string): Promise<ContestDetail> => {
  const row = await readContest(db, scope, id);
  if (row.cancelled_at) throw new AppError('CONFLICT', 'The contest was cancelled: it has no winners');
  await finishRow(db, scope, clock, row, false);
  const finished = await readContest(db, scope, id);
  return { ...toContest(finished, clock.now()), winners: await readWinners(db, scope.orgId, id) };
};

/** Upkeep: finishes every contest whose period is over, on behalf of whoever set it. Answers how many. */
export const finishEndedContests = async (db: Db, clock: Clock): Promise<number> => {
  const due = await queryRows<{ org_id: string; id: string; created_by: string | null }>(
    db,
    sql`select org_id::text, id::text, created_by::text from contests
        where finished_at is null and cancelled_at is null and ends_at <= ${clock.now()}
        order by ends_at limit 500`,
  );
  let finished = 0;
  for (const item of due) {
    const upkeep = upkeepScope(item.org_id);
    // Adjustments and the audit name a person: the contest's creator stands for the sweep.
    const actor = { ...upkeep, userId: item.created_by ?? upkeep.userId } as Scope;
    const [row] = await queryRows<ContestRow>(db, selectContests(upkeep, sql`c.id = ${item.id}`));
    if (row && (await finishRow(db, actor, clock, row, true))) finished += 1;
  }
  return finished;
};
