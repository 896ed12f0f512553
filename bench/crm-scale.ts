import { sql } from 'drizzle-orm';
import { type DemoScaleKey, demoPlanFor } from '../packages/server/src/modules/demo/crm-plan';
import { demoPassword } from '../packages/server/src/modules/demo/demo-plan';
import { type DemoLoadReport, loadDemo } from '../packages/server/src/modules/demo/load-demo';
import { type Database, openDatabase, queryRows } from '../packages/server/src/platform/db/client';
import { migrateDatabase } from '../packages/server/src/platform/db/migrate';
import { type BenchCase, buildCases, type Callers, readFixtures, resolveDeepCursors } from './lib/crm-cases';
import { openBenchDatabase } from './lib/databases';
import { captureQueries, type ExplainedQuery, explainQueries, installQueryCapture } from './lib/explain';
import type { LatencySummary } from './lib/measure';
import { interleavedWithBudget } from './lib/rounds';
import { serveApp } from './lib/serve';
import { callApi, signInAs } from './lib/session';

export interface CrmScaleOptions {
  scale: DemoScaleKey;
  warmup: number;
  samples: number;
  /** Rows a deep page skips. */
  depth: number;
  /** An already loaded database on DATABASE_URL's server to measure instead of loading a new one. */
  reuse: string | null;
  /** Keep the database loaded here for later runs (with `reuse`). */
  keep: boolean;
  /** EXPLAIN ANALYZE the queries behind each case that misses its target. */
  explain: boolean;
}

/** The targets: list and search p95 at most 50 ms, logging an activity at most 10 ms median. */
export const targetOf = (c: Pick<CaseResult, 'group' | 'latency'>): { met: boolean; text: string } | null => {
  if (c.group === 'write') return { met: c.latency.medianMs <= 10, text: 'median ≤ 10' };
  if (c.group === 'health') return null;
  return { met: c.latency.p95Ms <= 50, text: 'p95 ≤ 50' };
};

export interface CaseResult extends Omit<BenchCase, 'body'> {
  latency: LatencySummary;
  medianRatioToHealth: number;
  p95RatioToHealth: number;
  /** For a missed target: how many statements the request sent, and the slowest under EXPLAIN ANALYZE. */
  statements?: number;
  explained?: ExplainedQuery[];
}

export interface CrmScaleRun {
  database: string;
  databaseVersion: string;
  /** The scale loaded, or `kept` for a database measured again. */
  scale: DemoScaleKey | 'kept';
  load: { seconds: number; cpuSeconds: number; report: DemoLoadReport['crm'] } | null;
  sizeBytes: number;
  counts: Record<string, number>;
  cases: CaseResult[];
}

const urlFor = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/** The database to measure: a fresh one loaded with the scale's demo org, or a kept one. */
export const prepareScaleDatabase = async (
  options: Pick<CrmScaleOptions, 'scale' | 'reuse' | 'keep'>,
  log: (line: string) => void,
) => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('crm-scale runs on PostgreSQL: set DATABASE_URL');
  if (options.reuse) {
    const database = await openDatabase({ kind: 'postgres', url: urlFor(url, options.reuse) });
    await migrateDatabase(database);
    return {
      name: options.reuse,
      url: urlFor(url, options.reuse),
      database,
      version: '',
      load: null,
      dispose: () => database.close(),
    };
  }
  const name = `pacer_bench_${Date.now()}_crm_${options.scale}`;
  const bench = await openBenchDatabase('postgres', name);
  log(`loading scale ${options.scale.toUpperCase()} into ${name} …`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const loaded = await loadDemo(bench.database.db, demoPlanFor(options.scale), {
    crm: options.scale,
    progress: (line) => log(`${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`),
  });
  const used = process.cpuUsage(cpu);
  const load = {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    report: loaded.crm,
  };
  log(`loaded in ${load.seconds.toFixed(0)} s (${load.cpuSeconds.toFixed(0)} s of this process's CPU)`);
  const dispose = options.keep
    ? async () => {
        await bench.database.close();
        log(`kept database ${name} (BENCH_CRM_DATABASE=${name} measures it again)`);
      }
    : bench.dispose;
  return { name, url: urlFor(url, name), database: bench.database, version: bench.version, load, dispose };
};

const measure = async (database: Database, url: string, options: CrmScaleOptions, log: (line: string) => void) => {
  const app = await serveApp(database);
  try {
    const { baseUrl } = app;
    const sign = (who: string) => signInAs(baseUrl, `${who}@summit.example`, demoPassword);
    const callers: Callers = { rep: await sign('rep'), manager: await sign('manager'), admin: await sign('admin') };
    const fixtures = await readFixtures(database.db, callers.rep.orgId, callers.rep.userId);
    // BENCH_CASES=<regex> keeps only the matching cases (and health, the baseline), for iterating.
    const only = process.env.BENCH_CASES ? new RegExp(process.env.BENCH_CASES) : null;
    const cases = buildCases(fixtures).filter((c) => !only || c.group === 'health' || only.test(c.name));
    await resolveDeepCursors(baseUrl, callers, cases, options.depth);
    log(`${cases.length} cases, ${options.warmup} warm-up and ${options.samples} timed rounds, interleaved`);
    const calls = cases.map(
      (c) => () =>
        callApi(baseUrl, c.role === 'none' ? null : callers[c.role], c.path, {
          method: c.method,
          body: c.body?.(),
          expect: c.expect,
        }),
    );
    // A case slower than ~150 ms a call stops at its budget (at least 30 samples): it misses anyway.
    const latencies = await interleavedWithBudget(calls, {
      warmup: options.warmup,
      samples: options.samples,
      minSamples: Math.min(30, options.samples),
      budgetMs: 150 * (options.warmup + options.samples),
    });
    const health = latencies[0] as LatencySummary;
    const results = cases.map(({ body: _, ...c }, i): CaseResult => {
      const latency = latencies[i] as LatencySummary;
      return {
        ...c,
        latency,
        medianRatioToHealth: latency.medianMs / health.medianMs,
        p95RatioToHealth: latency.p95Ms / health.medianMs,
      };
    });
    if (options.explain) {
      const missed = results.filter((r) => targetOf(r)?.met === false);
      log(`explaining the queries of ${missed.length} cases that missed their target …`);
      for (const result of missed) {
        const queries = await captureQueries(
          () => calls[cases.findIndex((c) => c.name === result.name)]?.() ?? Promise.resolve(),
        );
        result.statements = queries.length;
        // The two slowest statements, their plans cut at 80 lines, keep the results file readable.
        result.explained = (await explainQueries(url, queries))
          .slice(0, 2)
          .map((query) => ({ ...query, plan: query.plan.slice(0, 80) }));
      }
    }
    return results;
  } finally {
    await app.close();
  }
};

/** Loads (or reuses) the org, serves the real app on loopback and times every case. */
export const runCrmScale = async (options: CrmScaleOptions, log: (line: string) => void): Promise<CrmScaleRun> => {
  const prepared = await prepareScaleDatabase(options, log);
  try {
    const db = prepared.database.db;
    const [size] = await queryRows<{ bytes: string; version: string }>(
      db,
      sql`select pg_database_size(current_database())::text as bytes, version() as version`,
    );
    const countRows = await queryRows<{ table: string; rows: string }>(
      db,
      sql`select relname as "table", n_live_tup::text as rows from pg_stat_user_tables
          where relname in ('accounts', 'contacts', 'leads', 'deals', 'deal_stage_changes', 'estimates', 'activities')`,
    );
    if (options.explain) installQueryCapture();
    const cases = await measure(prepared.database, prepared.url, options, log);
    return {
      database: prepared.name,
      databaseVersion: prepared.version || (size?.version ?? ''),
      scale: options.reuse ? 'kept' : options.scale,
      load: prepared.load,
      sizeBytes: Number(size?.bytes ?? 0),
      counts: Object.fromEntries(countRows.map((r) => [r.table, Number(r.rows)])),
      cases,
    };
  } finally {
    await prepared.dispose();
  }
};
