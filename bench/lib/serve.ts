import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from '../../packages/server/src/app';
import type { Database } from '../../packages/server/src/platform/db/client';
import { createMemoryMailer } from '../../packages/server/src/platform/mail/mailer';

/** The real app on a free loopback port, silent, mails kept in memory, no sign-in rate limit. */
export const serveApp = async (database: Database) => {
  const app = await buildApp({
    database,
    logger: pino({ level: 'silent' }),
    mailer: createMemoryMailer(),
    publicUrl: 'http://bench',
    rateLimits: { authPerMinute: 1e9 },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close: () => app.close() };
};
