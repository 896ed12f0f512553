import { randomBytes } from 'node:crypto';
import { AppError, signUpSchema } from '@pacer/core';
import pino from 'pino';
import { loadConfig } from './config';
import { demoPlanFor } from './modules/demo/crm-plan';
import { demoLoginLines, loadDemo } from './modules/demo/load-demo';
import { signUp } from './modules/identity/sign-up';
import { rebuildRollups } from './modules/metrics/rollups-rebuild';
import { type Database, openDatabase } from './platform/db/client';
import { migrateDatabase } from './platform/db/migrate';

const withDatabase = async (work: (database: Database) => Promise<void>) => {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await migrateDatabase(database);
    await work(database);
  } catch (error) {
    console.error(error instanceof AppError ? `${error.code}: ${error.message}` : error);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
};

export const runMigrate = () =>
  withDatabase(async (database) => {
    pino().info({ database: database.kind }, 'migrations applied');
  });

/** Recounts the daily rollup from the facts: after a bulk load, a restore, or a change of an org's time zone. */
export const runRollupsRebuild = (options: { org?: string } = {}) =>
  withDatabase(async (database) => {
    const started = performance.now();
    const rows = await rebuildRollups(database.db, options.org);
    console.log(
      `${rows.toLocaleString('en-US')} rollup rows rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  });

export const runDemo = (options: { scale?: string; seed?: string } = {}) =>
  withDatabase(async (database) => {
    const scale = options.scale ?? 's';
    if (scale !== 's' && scale !== 'm') throw new AppError('VALIDATION_FAILED', '--scale must be s or m');
    const seed = options.seed === undefined ? undefined : Number(options.seed);
    if (seed !== undefined && !Number.isInteger(seed))
      throw new AppError('VALIDATION_FAILED', '--seed must be an integer');
    const plan = demoPlanFor(scale, seed);
    const started = performance.now();
    // Scale M writes millions of rows: say how far it got.
    const progress = scale === 'm' ? (line: string) => console.log(line) : undefined;
    const report = await loadDemo(database.db, plan, { crm: scale, ...(progress ? { progress } : {}) });
    const rows = Object.values(report.crm?.rows ?? {}).reduce((sum, n) => sum + n, 0);
    console.log(demoLoginLines(plan).join('\n'));
    console.log(
      `${rows.toLocaleString('en-US')} CRM rows loaded in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  });

export const runUserCreate = (options: {
  email: string;
  name: string;
  org: string;
  password?: string;
  currency: string;
  timeZone: string;
}) =>
  withDatabase(async (database) => {
    const generated = !options.password && !process.env.PACER_ADMIN_PASSWORD;
    const password = options.password ?? process.env.PACER_ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    const parsed = signUpSchema.safeParse({
      orgName: options.org,
      name: options.name,
      email: options.email,
      password,
      currency: options.currency,
      timeZone: options.timeZone,
    });
    if (!parsed.success) {
      throw new AppError(
        'VALIDATION_FAILED',
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    }
    const { orgId } = await signUp(database.db, parsed.data);
    console.log(`Created org ${orgId} with admin ${parsed.data.email}.`);
    if (generated) console.log(`Password: ${password}  (change it under Profile after signing in)`);
  });
