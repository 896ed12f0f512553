import {
  AppError,
  type ContestDetail,
  type CreateContestInput,
  createContestSchema,
  invalidField,
  type UpdateContestInput,
} from '@pacer/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { type ContestRow, readContest, trimZeros } from './contest-rows';
import { assertContestMetric, type ContestPeriod, resolveContestPeriod, resolveParticipants } from './contest-setup';
import { getContest, storedPrize } from './contests.service';
import { contestParticipants, contests, type StoredPrize } from './incentives.table';

/*
 * Changing or calling off a contest before it is finished. Name, description and prizes may change
 * until then; the end while it is still ahead (ending it now is what Finish does); the start, the
 * period kind and the participants only before it starts, so nobody's race changes under them.
 * A cancelled contest has no winners and no prizes, and the sweep leaves it alone.
 */

const periodFields = ['periodKind', 'startsAt', 'endsAt', 'startsOn', 'endsOn'] as const;
const participantFields = ['participants', 'teamId', 'repIds'] as const;

/** Refuses a contest whose outcome is settled. */
const assertChangeable = (row: ContestRow) => {
  if (row.cancelled_at) throw new AppError('CONFLICT', 'The contest was cancelled');
  if (row.finished_at) throw new AppError('CONFLICT', 'The contest is finished: its winners are recorded');
};

const participantIds = async (db: Db, orgId: string, contestId: string) =>
  (
    await queryRows<{ id: string }>(
      db,
      sql`select user_id::text as id from contest_participants where org_id = ${orgId} and contest_id = ${contestId}`,
    )
  ).map((row) => row.id);

/** A stored prize as the contract takes it (no nulls for what a kind does not have). */
const asInput = ({ place, kind, amount, currency, description }: StoredPrize) => ({
  place,
  kind,
  description,
  ...(amount && currency ? { amount, currency } : {}),
});

/** Whether the participants asked for differ from those fixed: a form sends them unchanged too. */
const changesParticipants = async (db: Db, orgId: string, row: ContestRow, input: UpdateContestInput) => {
  if (participantFields.every((field) => input[field] === undefined)) return false;
  const kind = input.participants ?? row.participants;
  if (kind !== row.participants) return true;
  if (kind === 'team') return (input.teamId ?? row.team_id) !== row.team_id;
  if (kind !== 'reps' || !input.repIds) return false;
  const now = new Set(await participantIds(db, orgId, row.id));
  const wanted = new Set(input.repIds);
  return wanted.size !== now.size || [...wanted].some((id) => !now.has(id));
};

/** The contest as it would be created with the changes: checked by the same rules as a new one. */
const mergedInput = async (db: Db, orgId: string, row: ContestRow, input: UpdateContestInput) => {
  const power = (input.periodKind ?? row.period_kind) === 'power_hour';
  const participants = input.participants ?? row.participants;
  const period = power
    ? {
        startsAt: input.startsAt ?? new Date(row.starts_at).toISOString(),
        endsAt: input.endsAt ?? new Date(row.ends_at).toISOString(),
      }
    : { startsOn: input.startsOn ?? row.starts_on, endsOn: input.endsOn ?? row.ends_on };
  const merged = {
    name: input.name ?? row.name,
    description: input.description ?? row.description,
    metric: row.metric,
    productLineId: row.product_line_id,
    periodKind: input.periodKind ?? row.period_kind,
    ...period,
    participants,
    ...(participants === 'team' ? { teamId: input.teamId ?? row.team_id ?? undefined } : {}),
    ...(participants === 'reps' ? { repIds: input.repIds ?? (await participantIds(db, orgId, row.id)) } : {}),
    rule: row.rule,
    ...(row.top_n !== null ? { topN: row.top_n } : {}),
    ...(row.threshold !== null ? { threshold: trimZeros(row.threshold) } : {}),
    prizes: input.prizes ?? row.prizes.map(asInput),
  };
  const parsed = createContestSchema.safeParse(merged);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new AppError('VALIDATION_FAILED', fields.map((f) => `${f.path}: ${f.message}`).join('; '), fields);
  }
  return parsed.data;
};

/** The new period, held to the rules of a contest under way: the start stays, the end is still ahead. */
const checkedPeriod = async (db: Db, scope: Scope, row: ContestRow, full: CreateContestInput, now: Date) => {
  const period: ContestPeriod = await resolveContestPeriod(db, scope, full);
  const power = full.periodKind === 'power_hour';
  const started = now >= new Date(row.starts_at);
  if (started && full.periodKind !== row.period_kind)
    throw invalidField('periodKind', 'The contest has started: its kind of period cannot change');
  if (started && period.startsAt.getTime() !== new Date(row.starts_at).getTime())
    throw invalidField(power ? 'startsAt' : 'startsOn', 'The contest has started: its start cannot move');
  if (period.endsAt.getTime() !== new Date(row.ends_at).getTime() && period.endsAt <= now)
    throw invalidField(power ? 'endsAt' : 'endsOn', 'That end has passed: finish the contest instead');
  return period;
};

/** Changes a contest before it is finished; answers it. */
export const updateContest = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  id: string,
  input: UpdateContestInput,
): Promise<ContestDetail> => {
  await db.transaction(async (tx) => {
    const row = await readContest(tx, scope, id);
    assertChangeable(row);
    const now = clock.now();
    const full = await mergedInput(tx, scope.orgId, row, input);
    const changes: Partial<typeof contests.$inferInsert> = {};
    if (input.name !== undefined) changes.name = full.name;
    if (input.description !== undefined) changes.description = full.description;
    if (input.prizes !== undefined) changes.prizes = full.prizes.map(storedPrize);
    if (periodFields.some((field) => input[field] !== undefined)) {
      await assertContestMetric(tx, scope, full);
      Object.assign(changes, { periodKind: full.periodKind }, await checkedPeriod(tx, scope, row, full, now));
    }
    if (await changesParticipants(tx, scope.orgId, row, input)) {
      if (now >= new Date(row.starts_at))
        throw invalidField('participants', 'The contest has started: its participants are fixed');
      const ids = await resolveParticipants(tx, scope, full);
      changes.participants = full.participants;
      changes.teamId = full.participants === 'team' ? (full.teamId ?? null) : null;
      await tx
        .delete(contestParticipants)
        .where(and(eq(contestParticipants.orgId, scope.orgId), eq(contestParticipants.contestId, id)));
      await tx.insert(contestParticipants).values(ids.map((userId) => ({ orgId: scope.orgId, contestId: id, userId })));
    }
    // A finish or a cancel meanwhile wins: the update then changes nothing.
    const [updated] = await tx
      .update(contests)
      .set(changes)
      .where(
        and(eq(contests.orgId, scope.orgId), eq(contests.id, id), sql`finished_at is null and cancelled_at is null`),
      )
      .returning({ id: contests.id });
    if (!updated) throw new AppError('CONFLICT', 'The contest was finished or cancelled meanwhile');
    await recordAudit(tx, scope, {
      action: 'contest.updated',
      entity: 'contest',
      entityId: id,
      data: { changed: Object.keys(changes), ...(changes.name ? { name: changes.name } : {}) },
    });
  });
  return getContest(db, scope, clock, id);
};

/** Calls off a contest that is not finished: no winners, no prizes, left out of the sweep. */
export const cancelContest = async (db: Db, scope: Scope, clock: Clock, id: string): Promise<ContestDetail> => {
  await db.transaction(async (tx) => {
    assertChangeable(await readContest(tx, scope, id));
    const [cancelled] = await tx
      .update(contests)
      .set({ cancelledAt: clock.now(), cancelledBy: scope.userId })
      .where(
        and(eq(contests.orgId, scope.orgId), eq(contests.id, id), sql`finished_at is null and cancelled_at is null`),
      )
      .returning({ name: contests.name });
    if (!cancelled) throw new AppError('CONFLICT', 'The contest was finished or cancelled meanwhile');
    await recordAudit(tx, scope, {
      action: 'contest.cancelled',
      entity: 'contest',
      entityId: id,
      data: { name: cancelled.name },
    });
  });
  return getContest(db, scope, clock, id);
};
