import type { Db } from '../../platform/db/client';
import { demoCompContext } from './demo-comp-context';
import type { DemoPlan } from './demo-plan';
import { loadDemoCompPlans } from './load-comp-plans';
import { loadDemoContests } from './load-contests';
import { askAboutALine, reviewInsideTeam, runDemoQuarters, settleOlderQuarter } from './load-pay-cycle';
import { loadDemoRecognition } from './load-recognition';

/**
 * Pay and recognition for the demo org, made through the services the API uses, after its CRM
 * history and goals: comp plans with the quotas of the two finished quarters, both quarters run
 * (the older paid, the last in review with a question answered), last month's contest finished
 * with its prizes on the winners' statements, this week's contest running, and the feed.
 */
export const loadDemoComp = async (db: Db, orgId: string, plan: DemoPlan, now: Date): Promise<void> => {
  const context = await demoCompContext(db, orgId, plan, now);
  await loadDemoCompPlans(context);
  await runDemoQuarters(context);
  await settleOlderQuarter(context);
  await askAboutALine(context);
  const contests = await loadDemoContests(context);
  // Reviewed last, so neither the answer's adjustment nor a prize sends a statement back to draft.
  await reviewInsideTeam(context);
  await loadDemoRecognition(context, contests);
};
