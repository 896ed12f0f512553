import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../platform/http/route-kit';
import { scheduleUpkeep } from '../../platform/http/upkeep';
import { awardRoutes } from './awards.routes';
import { finishEndedContests } from './contest-finish';
import { contestRoutes } from './contests.routes';
import { recognitionRoutes } from './recognition.routes';
import { postGoalAchievements } from './recognition-achievements';

/** Incentives and recognition: contests, the feed and awards, and the sweep that finishes and posts. */
export const incentiveRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  // Every five minutes, and once at start: contests whose period is over are finished, goals
  // reached since are posted to the feed.
  scheduleUpkeep(app, 300_000, [
    { run: () => finishEndedContests(deps.db, deps.clock), failure: 'could not finish ended contests' },
    { run: () => postGoalAchievements(deps.db, deps.clock), failure: 'could not post goal achievements' },
  ]);
  for (const routes of [contestRoutes, recognitionRoutes, awardRoutes]) await app.register(routes, deps);
};
