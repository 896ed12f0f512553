import { sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { postRecognition } from './recognition-posts';

/**
 * Upkeep: posts each goal or milestone reached lately to the feed, once. The goals' sweep marks
 * `achieved_at`; reading that mark here keeps the goals module free of the feed. A rep's goal is
 * about the rep; a team's or the org's names no one. Answers how many were posted.
 */
export const postGoalAchievements = async (db: Db, clock: Clock): Promise<number> => {
  const since = new Date(clock.now().getTime() - 30 * 86_400_000);
  const reached = await queryRows<{
    org_id: string;
    id: string;
    name: string;
    kind: string;
    scope_kind: string;
    scope_id: string | null;
    team_name: string | null;
  }>(
    db,
    sql`select g.org_id::text, g.id::text, g.name, g.kind, g.scope_kind, g.scope_id::text, t.name as team_name
        from goals g
        left join teams t on g.scope_kind = 'team' and t.org_id = g.org_id and t.id = g.scope_id
        where g.achieved_at >= ${since} and g.archived_at is null
          and not exists (select 1 from recognition_posts p where p.org_id = g.org_id
                            and p.kind = 'goal_achieved' and p.source_id = g.id)
        order by g.achieved_at, g.id limit 1000`,
  );
  let posted = 0;
  for (const goal of reached) {
    const goalKind = goal.kind === 'milestone' ? 'milestone' : goal.kind;
    const team = goal.scope_kind === 'team' && goal.team_name ? goal.team_name : null;
    const id = await postRecognition(db, goal.org_id, {
      kind: 'goal_achieved',
      authorId: null,
      subjectId: goal.scope_kind === 'rep' ? goal.scope_id : null,
      sourceId: goal.id,
      message: team
        ? { code: 'team_goal_reached', params: { goalKind, name: goal.name, team } }
        : { code: 'goal_reached', params: { goalKind, name: goal.name } },
    });
    if (id) posted += 1;
  }
  return posted;
};
