import pino from 'pino';
import { buildApp } from './app';
import { loadConfig } from './config';
import { demoLoginLines, hasAnyOrg, loadDemo } from './modules/demo/load-demo';
import { openDatabase } from './platform/db/client';
import { migrateDatabase } from './platform/db/migrate';
import { createMailer } from './platform/mail/mailer';

/** Starts Pacer: migrate, load the demo on a fresh embedded database, serve, and stop cleanly on SIGTERM. */
export const startServer = async () => {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const database = await openDatabase(config.database);
  await migrateDatabase(database);

  const loadsDemo = config.database.kind === 'pglite' && config.demo === 'auto' && !(await hasAnyOrg(database.db));
  if (loadsDemo) await loadDemo(database.db);

  const app = await buildApp({
    database,
    logger,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger }),
    publicUrl: config.publicUrl,
    sessionDays: config.sessionDays,
    trustProxy: config.trustProxy,
    rateLimits: { authPerMinute: config.authPerMinute },
    uploads: config.uploads,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const where = config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL';
  const lines = [`Pacer is running at ${config.publicUrl} (${where}).`];
  if (loadsDemo) lines.push(...demoLoginLines());
  console.log(lines.join('\n'));
  return app;
};
