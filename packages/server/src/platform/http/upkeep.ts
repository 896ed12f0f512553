import type { FastifyInstance } from 'fastify';

/** One piece of upkeep: what it does, and what to log when it fails. */
export interface UpkeepTask {
  run: () => Promise<unknown>;
  failure: string;
}

/**
 * Runs upkeep once when the server is ready and then every `everyMs`, each task after the other;
 * a failing task is logged and the others still run. Stops with the server.
 */
export const scheduleUpkeep = (app: FastifyInstance, everyMs: number, tasks: readonly UpkeepTask[]) => {
  const sweep = async () => {
    for (const task of tasks) {
      await task.run().catch((error: unknown) => app.log.warn({ err: error }, task.failure));
    }
  };
  const timer = setInterval(sweep, everyMs).unref();
  app.addHook('onReady', async () => {
    void sweep();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
  });
};
