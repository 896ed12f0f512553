import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { DatabaseTarget } from './platform/db/client';
import type { UploadSettings } from './platform/http/route-kit';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  PACER_DATA_DIR: z.string().default('./data'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Pacer <no-reply@pacer.localhost>'),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  PACER_DEMO: z.enum(['auto', 'off']).default('auto'),
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  PACER_UPLOAD_DIR: z.string().optional(),
  PACER_IMPORT_MAX_MB: z.coerce.number().int().min(1).max(100_000).default(1024),
  PACER_IMPORT_KEEP_HOURS: z.coerce.number().int().min(1).max(10_000).default(72),
});

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  smtpUrl: string | null;
  mailFrom: string;
  /** Base of the links Pacer mails (invitations, password resets). */
  publicUrl: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* and mark cookies Secure. */
  trustProxy: boolean;
  sessionDays: number;
  /** `auto`: load the demo org on the first start of an empty embedded database. */
  demo: 'auto' | 'off';
  /** Sign-in, sign-up, reset and invitation-accept attempts per minute and client address. */
  authPerMinute: number;
  /** Import uploads: the folder they wait in and the largest file accepted. */
  uploads: UploadSettings;
}

/** Reads configuration from the environment; a bad value stops the start with a clear message. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  // An empty variable counts as unset (`DATABASE_URL= npm start` uses the embedded database).
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: resolve(e.PACER_DATA_DIR) },
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    sessionDays: e.SESSION_DAYS,
    demo: e.PACER_DEMO,
    authPerMinute: e.AUTH_RATE_LIMIT,
    uploads: {
      // Beside the embedded database's files; with a database server, in the OS temp folder.
      dir: resolve(
        e.PACER_UPLOAD_DIR ??
          (e.DATABASE_URL ? join(tmpdir(), 'pacer-uploads') : join(resolve(e.PACER_DATA_DIR), 'uploads')),
      ),
      maxBytes: e.PACER_IMPORT_MAX_MB * 1024 * 1024,
      keepHours: e.PACER_IMPORT_KEEP_HOURS,
    },
  };
};
