import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../platform/http/route-kit';
import { awardRoutes } from './awards.routes';
import { finishEndedContests } from './contest-finish';
import { contestRoutes } from './contests.routes';
import { recognitionRoutes } from './recognition.routes';
import { postGoalAchievements } from './recognition-achievements';

/** Incentives and recognition: contests, the feed and awards, and the sweep that finishes and posts. */
export const incentiveRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  // Every five minutes, and once at start: contests whose period is over are finished, goals
  // reached since are posted to the feed.
  const sweep = async () => {
    await finishEndedContests(deps.db, deps.clock).catch((error: unknown) =>
      app.log.warn({ err: error }, 'could not finish ended contests'),
    );
    await postGoalAchievements(deps.db, deps.clock).catch((error: unknown) =>
      app.log.warn({ err: error }, 'could not post goal achievements'),
    );
  };
  const sweeper = setInterval(sweep, 300_000).unref();
  app.addHook('onReady', async () => {
    void sweep();
  });
  app.addHook('onClose', async () => {
    clearInterval(sweeper);
  });
  for (const routes of [contestRoutes, recognitionRoutes, awardRoutes]) await app.register(routes, deps);
};
