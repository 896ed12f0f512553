import type { ActivityRow, PlanContext, RepProfile, RepWorld } from './crm-world';
import type { Random } from './demo-random';
import { reportSummaries, repReplies, reviewComments } from './demo-words';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;

/**
 * The daily call reports of a field or partner rep: one per day with done activities, submitted
 * that evening or the next morning (which links and locks the day's activities), most of them
 * reviewed by the manager within a day or two, a few with a comment thread. Today's is a draft;
 * a few days have none.
 */
export const planCallReports = (random: Random, context: PlanContext, profile: RepProfile, world: RepWorld) => {
  if (profile.repType === 'inside') return;
  const { calendar } = context;
  const now = calendar.now.getTime();
  const byDay = new Map<number, ActivityRow[]>();
  for (const activity of world.activities) {
    if (!activity.completedAt || activity.archivedAt) continue;
    const day = calendar.dayOf(activity.completedAt.getTime());
    const list = byDay.get(day);
    if (list) list.push(activity);
    else byDay.set(day, [activity]);
  }
  const today = calendar.today.n;
  for (const [day, done] of [...byDay.entries()].sort((a, b) => a[0] - b[0])) {
    const age = today - day;
    if (age > 0 && random.chance(0.03)) continue;
    const lastLogged = Math.max(...done.map((a) => (a.updatedAt as Date).getTime()));
    const evening = calendar.at(day, random.int(17 * 60 + 30, 20 * 60 + 30));
    const morning = calendar.at(calendar.workingOnOrAfter(day + 1), random.int(7 * 60 + 30, 9 * 60));
    const submittedAt = Math.max(lastLogged + 5 * minuteMs, random.chance(0.8) ? evening : morning);
    const submitted = age > 0 && submittedAt <= now && !(age <= 2 && random.chance(0.2));
    const reviewedAt = submittedAt + Math.round(random.logNormal(20, 0.6) * hourMs);
    const reviewed = submitted && reviewedAt <= now && (age > 14 || random.chance(0.6));
    const id = random.uuid();
    const createdAt = submitted ? submittedAt - random.int(5, 40) * minuteMs : Math.min(now, evening);
    world.callReports.push({
      id,
      repId: profile.id,
      day: calendar.day(day).date,
      status: reviewed ? 'reviewed' : submitted ? 'submitted' : 'draft',
      summary: submitted || random.chance(0.5) ? random.pick(reportSummaries) : null,
      submittedAt: submitted ? new Date(submittedAt) : null,
      reviewedAt: reviewed ? new Date(reviewedAt) : null,
      reviewedById: reviewed ? profile.managerId : null,
      createdAt: new Date(createdAt),
      updatedAt: new Date(reviewed ? reviewedAt : submitted ? submittedAt : createdAt),
    });
    if (!submitted) continue;
    for (const activity of done) activity.callReportId = id;
    if (!reviewed || !random.chance(0.15)) continue;
    world.comments.push({
      id: random.uuid(),
      callReportId: id,
      authorId: profile.managerId,
      body: random.pick(reviewComments),
      at: new Date(reviewedAt),
    });
    const replyAt = reviewedAt + random.int(1, 5) * hourMs;
    if (replyAt <= now && random.chance(0.3)) {
      world.comments.push({
        id: random.uuid(),
        callReportId: id,
        authorId: profile.id,
        body: random.pick(repReplies),
        at: new Date(replyAt),
      });
    }
  }
};
