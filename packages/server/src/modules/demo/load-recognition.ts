import { addDays } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client';
import { giveAward } from '../incentives/awards.service';
import { postKudos, setReaction } from '../incentives/recognition-posts';
import type { DemoCompContext } from './demo-comp-context';
import { deriveSeed, Random } from './demo-random';
import type { DemoContestsReport } from './load-contests';

const hourMs = 3_600_000;

/** Kudos as people write them: who writes (a manager, or a peer on the team) and what. */
const kudosTexts: { by: 'manager' | 'peer'; text: string }[] = [
  { by: 'manager', text: 'Great save on that renewal: you turned a cancellation call into a two-year contract.' },
  {
    by: 'peer',
    text: 'Thanks for covering my calls while I was out. The pipeline came back in better shape than I left it!',
  },
  {
    by: 'manager',
    text: 'Best ride-along this year: the buyer was sold on the 18 V platform before we left the plant.',
  },
  { by: 'peer', text: 'Your objection cheat sheet for the stock-room contracts won me a deal today. Thank you!' },
  {
    by: 'manager',
    text: 'Three new key accounts this quarter, and every call report on time. That is how it is done.',
  },
];

/** The reps of each sub-team with its manager, in a stable order. */
const teamsWithReps = (context: DemoCompContext) =>
  queryRows<{ manager_id: string; rep_ids: string[] }>(
    context.db,
    sql`select t.manager_id::text, array_agg(m.user_id::text order by m.user_id) as rep_ids
        from teams t join team_members tm on tm.org_id = t.org_id and tm.team_id = t.id
        join members m on m.org_id = tm.org_id and m.user_id = tm.user_id and m.role = 'rep' and m.status = 'active'
        where t.org_id = ${context.orgId} and t.parent_id is not null and t.manager_id is not null
        group by t.id, t.manager_id, t.name order by t.name`,
  );

/** Moves posts back to when they were written: the services stamp the moment the demo loads. */
const backdate = async (context: DemoCompContext, where: ReturnType<typeof sql>, at: Date) => {
  await context.db.execute(
    sql`update recognition_posts set created_at = ${at} where org_id = ${context.orgId} and ${where}`,
  );
};

/**
 * The feed: last month's rep of the month (the contest's winner), kudos from managers and peers over
 * the last two weeks, and a few cheers; the contest's own posts date from when it was finished.
 */
export const loadDemoRecognition = async (context: DemoCompContext, contests: DemoContestsReport) => {
  const { db, orgId, people, today } = context;
  const random = new Random(deriveSeed(context.seed, 'recognition'));
  const finishedAt = contests.finishedAt;
  await backdate(context, sql`kind = 'contest_won'`, finishedAt);
  if (contests.winnerId) {
    const award = await giveAward(db, await context.scopeOf(people.vp), {
      kind: 'rep_of_the_month',
      repId: contests.winnerId,
      periodStart: contests.lastMonth.start,
      citation: 'Top of the Power Tools push and the most new accounts opened last month.',
    });
    const at = new Date(Math.min(finishedAt.getTime() + 2 * hourMs, context.now.getTime()));
    await backdate(context, sql`source_id = ${award.id}`, at);
    await db.execute(sql`update awards set created_at = ${at} where org_id = ${orgId} and id = ${award.id}`);
  }
  const teams = await teamsWithReps(context);
  const posted: string[] = [];
  for (const [index, kudos] of kudosTexts.entries()) {
    const team = teams[index % teams.length];
    if (!team || team.rep_ids.length < 2) continue;
    const subject = random.pick(team.rep_ids);
    const author = kudos.by === 'manager' ? team.manager_id : random.pick(team.rep_ids.filter((id) => id !== subject));
    const post = await postKudos(db, await context.scopeOf(author), { repId: subject, text: kudos.text });
    // Spread over the last two weeks, newest last, in the working day (14:00 UTC is 9:00 in New York).
    const day = addDays(today, -((kudosTexts.length - index) * 3 - 2));
    await backdate(context, sql`id = ${post.id}`, new Date(Date.parse(`${day}T14:00:00Z`) + random.int(0, 7) * hourMs));
    posted.push(post.id);
  }
  // A few cheers from the VP and the inside team's manager and rep.
  for (const cheerer of [people.vp, people.manager, people.rep]) {
    const scope = await context.scopeOf(cheerer);
    for (const postId of posted) if (random.chance(0.5)) await setReaction(db, scope, postId, true);
  }
};
