import { localDateOf, Money, metricCatalog, roundToCurrency } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { upkeepScope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import type { Mailer } from '../../platform/mail/mailer';
import { recordAudit } from '../audit/audit.service';
import { goalActual, pacedOf } from './goal-progress';
import type { GoalRow } from './goal-rows';
import { selectGoals } from './goal-rows';

interface Recipient {
  email: string;
  name: string;
}

/** Who hears of an achievement: the rep and the managers of their teams; a team's manager; else whoever set the goal. */
const recipientsOf = (db: Db, orgId: string, goal: GoalRow) => {
  const managersOfRep = sql`select t.manager_id from team_members tm join teams t on t.org_id = tm.org_id and t.id = tm.team_id
                            where tm.org_id = ${orgId} and tm.user_id = ${goal.scope_id}`;
  const ids =
    goal.scope_kind === 'rep'
      ? sql`select ${goal.scope_id}::uuid union ${managersOfRep}`
      : goal.scope_kind === 'team'
        ? sql`select manager_id from teams where org_id = ${orgId} and id = ${goal.scope_id}`
        : sql`select ${goal.created_by}::uuid`;
  return queryRows<Recipient>(db, sql`select email, name from users where id in (${ids})`);
};

/** A value as a person reads it: money rounded to its currency with the code, other numbers without trailing zeros. */
const shown = (value: string | null, currency: string | null) => {
  if (value === null) return null;
  if (currency) return `${roundToCurrency(value, currency)} ${currency}`;
  return new Money(value).toFixed();
};

/**
 * Records the goals reached since the last look, once each: the moment is kept on the goal, the
 * audit log says so, and the rep and their manager get a mail (with the reward, if the goal has
 * one). Upkeep for every org; a goal marked by a concurrent run is not announced twice.
 */
export const recordAchievements = async (db: Db, clock: Clock, mailer: Mailer, publicUrl: string): Promise<number> => {
  const orgs = await queryRows<{ id: string; time_zone: string }>(
    db,
    sql`select distinct o.id::text, o.time_zone from orgs o join goals g on g.org_id = o.id
        where g.achieved_at is null and g.archived_at is null`,
  );
  let recorded = 0;
  for (const org of orgs) {
    const scope = upkeepScope(org.id);
    const today = localDateOf(clock.now(), org.time_zone);
    // A rate or a snapshot is reached only when its period is over; a running total as soon as it gets there.
    const candidates = await queryRows<GoalRow>(
      db,
      selectGoals(
        scope,
        sql`g.achieved_at is null and g.archived_at is null and g.starts_on <= ${today}
        and g.ends_on >= ${today}::date - 7`,
      ),
    );
    for (const goal of candidates) {
      const cumulative = metricCatalog[goal.metric].aggregation.kind === 'sum' || goal.checklist;
      if (!cumulative && today <= goal.ends_on) continue;
      const actual = await goalActual(db, scope, pacedOf(goal), { today, timeZone: org.time_zone });
      const higher = metricCatalog[goal.metric].higherIsBetter || cumulative;
      const reached = higher ? new Money(actual).gte(goal.target) : new Money(actual).lte(goal.target);
      if (!reached) continue;
      const marked = await db.transaction(async (tx) => {
        const [row] = await queryRows(
          tx,
          sql`update goals set achieved_at = ${clock.now()} where org_id = ${org.id} and id = ${goal.id}
              and achieved_at is null returning id`,
        );
        if (!row) return false;
        await recordAudit(
          tx,
          { orgId: org.id, userId: null },
          {
            action: 'goal.achieved',
            entity: 'goal',
            entityId: goal.id,
            data: { actual, target: goal.target },
          },
        );
        return true;
      });
      if (!marked) continue;
      recorded += 1;
      const reward = goal.reward_text
        ? `\nReward: ${goal.reward_text}${goal.reward_amount ? ` (${shown(goal.reward_amount, goal.currency)})` : ''}`
        : '';
      for (const person of await recipientsOf(db, org.id, goal)) {
        await mailer.send({
          to: person.email,
          subject: `Goal reached: ${goal.name}`,
          text: `Hello ${person.name},\n\n"${goal.name}" is reached: ${shown(actual, goal.currency)} of ${shown(goal.target, goal.currency)}.${reward}\n\n${publicUrl}/goals/${goal.id}\n`,
        });
      }
    }
  }
  return recorded;
};
