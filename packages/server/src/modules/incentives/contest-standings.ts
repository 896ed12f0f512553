import {
  type ContestLeaderboard,
  type ContestStanding,
  type MetricValuesQuery,
  Money,
  metricCatalog,
  rankValues,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import { upkeepScope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { goalLeaderboard } from '../goals/goal-leaderboard';
import { activityContributions } from '../metrics/metric-facts.queries';
import { metricValues } from '../metrics/metrics.service';
import { type ContestRow, statusOf } from './contest-rows';

interface Participant {
  id: string;
  name: string;
}

const participantsOf = (db: Db, orgId: string, contestId: string) =>
  queryRows<Participant>(
    db,
    sql`select p.user_id::text as id, u.name from contest_participants p join users u on u.id = p.user_id
        where p.org_id = ${orgId} and p.contest_id = ${contestId} order by u.name, u.id`,
  );

const orgOf = async (db: Db, orgId: string) => {
  const [row] = await queryRows<{ time_zone: string; currency: string }>(
    db,
    sql`select time_zone, currency from orgs where id = ${orgId}`,
  );
  return { timeZone: row?.time_zone ?? 'UTC', currency: row?.currency ?? 'USD' };
};

/** A power hour: the activities done between its two instants, counted like the daily figures. */
const powerHourValues = async (db: Db, orgId: string, contest: ContestRow, reps: string[], timeZone: string) => {
  const rows = await queryRows<{ rep_id: string; value: string }>(
    db,
    sql`select rep_id::text, sum(value)::text as value from (${activityContributions(
      orgId,
      timeZone,
      sql`a.activity_at >= ${new Date(contest.starts_at)} and a.activity_at < ${new Date(contest.ends_at)}
          and a.owner_id = any(${sql.param(reps)}::uuid[])`,
    )}) f where metric = ${contest.metric} group by 1`,
  );
  return new Map(rows.map((row) => [row.rep_id, row.value]));
};

/** Day periods: the catalog metric per participant, from the same figures as every leaderboard. */
const periodValues = async (db: Db, orgId: string, contest: ContestRow, reps: string[], currency: string) => {
  const query = {
    metrics: [contest.metric],
    from: contest.starts_on,
    to: contest.ends_on,
    groupBy: 'rep',
    ...(contest.product_line_id ? { productLineId: contest.product_line_id } : {}),
  } as MetricValuesQuery;
  const answer = await metricValues(db, upkeepScope(orgId), query, new Set(reps));
  const money = metricCatalog[contest.metric].unit === 'money';
  // Money ranks in the org currency, as every leaderboard does.
  const rows = answer.rows.filter((row) => row.repId && (!money || row.currency === currency));
  return new Map(rows.map((row) => [row.repId as string, row.value]));
};

/** Each rep's attainment of their own goal on the metric running at the contest's end (as of today). */
const targetPercents = async (db: Db, orgId: string, clock: Clock, contest: ContestRow) => {
  const board = await goalLeaderboard(db, upkeepScope(orgId), clock, {
    metric: contest.metric,
    from: contest.starts_on,
    to: contest.ends_on,
  });
  return new Map(board.rows.map((row) => [row.repId, row.value]));
};

const atLeast = (value: string | null, bar: string, higherIsBetter: boolean) =>
  value !== null && (higherIsBetter ? new Money(value).gte(bar) : new Money(value).lte(bar));

/**
 * Who would win now: the best N (with ties, and only with a result: zero calls win nothing);
 * everyone at or over the threshold; everyone at or over the % of their own target (100 unless set).
 */
const qualifies = (contest: ContestRow, standing: Omit<ContestStanding, 'qualifies'>, higherIsBetter: boolean) => {
  const { value, rank } = standing;
  switch (contest.rule) {
    case 'top_n':
      return (
        rank !== null && rank <= (contest.top_n ?? 1) && value !== null && (!higherIsBetter || new Money(value).gt(0))
      );
    case 'threshold':
      return atLeast(value, contest.threshold ?? '0', higherIsBetter);
    case 'target_percent':
      return atLeast(standing.percentOfTarget, contest.threshold ?? '100', true);
  }
};

/**
 * Once it is over the board shows its outcome: a finished contest's winners as recorded (with the
 * rank and value they won with, whatever was logged since), a cancelled one nobody.
 */
const finalRows = async (db: Db, orgId: string, contest: ContestRow, rows: ContestStanding[]) => {
  if (contest.cancelled_at) return rows.map((row) => ({ ...row, qualifies: false }));
  if (!contest.finished_at) return rows;
  const winners = await queryRows<{ user_id: string; place: number | null; value: string | null }>(
    db,
    sql`select user_id::text, place, value from contest_winners where org_id = ${orgId} and contest_id = ${contest.id}`,
  );
  const won = new Map(winners.map((winner) => [winner.user_id, winner]));
  return rows.map((row) => {
    const winner = won.get(row.repId);
    return winner
      ? { ...row, rank: winner.place ?? row.rank, value: winner.value, qualifies: true }
      : { ...row, qualifies: false };
  });
};

/** The live standings of a contest: rank, value, % of target under that rule, and who qualifies now. */
export const contestStandings = async (
  db: Db,
  orgId: string,
  clock: Clock,
  contest: ContestRow,
): Promise<ContestLeaderboard> => {
  const [participants, org] = await Promise.all([participantsOf(db, orgId, contest.id), orgOf(db, orgId)]);
  const ids = participants.map((rep) => rep.id);
  const definition = metricCatalog[contest.metric];
  const [values, percents] = await Promise.all([
    contest.period_kind === 'power_hour'
      ? powerHourValues(db, orgId, contest, ids, org.timeZone)
      : periodValues(db, orgId, contest, ids, org.currency),
    contest.rule === 'target_percent' ? targetPercents(db, orgId, clock, contest) : Promise.resolve(null),
  ]);
  const countsZero = definition.aggregation.kind === 'sum';
  const resultOf = (id: string) => values.get(id) ?? (countsZero ? '0' : null);
  const ranked = percents
    ? participants.map((rep) => percents.get(rep.id) ?? null)
    : participants.map((rep) => resultOf(rep.id));
  const ranks = rankValues(ranked, percents ? true : definition.higherIsBetter);
  const rows = participants.map((rep, index) => {
    const percent = percents?.get(rep.id) ?? null;
    const value = resultOf(rep.id);
    const standing = {
      rank: ranks[index] ?? null,
      repId: rep.id,
      repName: rep.name,
      value,
      percentOfTarget: percent,
    };
    return { ...standing, qualifies: qualifies(contest, standing, definition.higherIsBetter) };
  });
  const final = await finalRows(db, orgId, contest, rows);
  final.sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.repName.localeCompare(b.repName),
  );
  return {
    contestId: contest.id,
    status: statusOf(contest, clock.now()),
    currency: definition.unit === 'money' ? org.currency : null,
    asOf: clock.now().toISOString(),
    rows: final,
  };
};
