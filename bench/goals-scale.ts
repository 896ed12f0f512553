import { localDateOf } from '@pacer/core';
import pg from 'pg';
import { demoPlanFor } from '../packages/server/src/modules/demo/crm-plan';
import { demoPassword } from '../packages/server/src/modules/demo/demo-plan';
import { loadDemo } from '../packages/server/src/modules/demo/load-demo';
import type { Database } from '../packages/server/src/platform/db/client';
import { prepareScaleDatabase } from './crm-scale';
import { openBenchDatabase } from './lib/databases';
import { captureQueries, explainQueries, installQueryCapture } from './lib/explain';
import { goalCases, setUpGoals } from './lib/goal-cases';
import { type LatencySummary, summarize } from './lib/measure';
import { log, printTable, writeResults } from './lib/report';
import { interleavedWithBudget } from './lib/rounds';
import { serveApp } from './lib/serve';
import { callApi, signInAs } from './lib/session';

const quick = process.env.BENCH_QUICK === '1';
const warmup = quick ? 3 : 20;
const samples = Number(process.env.BENCH_SAMPLES) || (quick ? 20 : 200);

interface CaseResult {
  name: string;
  /** For a case over its target on PostgreSQL: its slowest statements under EXPLAIN ANALYZE. */
  slowest?: { executionMs: number; text: string; plan: string[] }[];
  latency: LatencySummary;
  /** The request's statements replayed one after another on a direct connection. */
  rawSql: LatencySummary | null;
  statements: number | null;
}

const replayOriginal = pg.Client.prototype.query;

/** Times the statements a request sent, replayed in order on one plain connection (median of rounds). */
const timeRawSql = async (url: string, statements: { text: string; values: unknown[] }[]) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const run = (text: string, values: unknown[]) =>
    (replayOriginal as unknown as (this: pg.Client, t: string, v: unknown[]) => Promise<unknown>).call(
      client,
      text,
      values,
    );
  const taken: number[] = [];
  try {
    for (let round = 0; round < warmup + Math.min(samples, 50); round++) {
      const started = performance.now();
      for (const statement of statements) await run(statement.text, statement.values);
      if (round >= warmup) taken.push(performance.now() - started);
    }
  } finally {
    await client.end();
  }
  return summarize(taken);
};

const measureViews = async (database: Database, url: string | null): Promise<{ cases: CaseResult[]; reps: number }> => {
  const app = await serveApp(database);
  try {
    const { baseUrl } = app;
    const sign = (who: string) => signInAs(baseUrl, `${who}@summit.example`, demoPassword);
    const callers = { none: null, rep: await sign('rep'), manager: await sign('manager'), admin: await sign('admin') };
    const org = await callApi<{ timeZone: string }>(baseUrl, callers.admin, '/api/v1/org');
    const today = localDateOf(new Date(), org.timeZone);
    const ids = await setUpGoals(baseUrl, callers, today);
    log(`the manager's wall chart: ${ids.reps} reps`);
    const cases = goalCases(ids, today, `${today.slice(0, 8)}01`, callers.rep.userId);
    const calls = cases.map((c) => () => callApi(baseUrl, callers[c.caller], c.path));
    const latencies = await interleavedWithBudget(calls, {
      warmup,
      samples,
      minSamples: Math.min(30, samples),
      budgetMs: 150 * (warmup + samples),
    });
    const results: CaseResult[] = [];
    for (const [i, c] of cases.entries()) {
      const statements = url && i > 0 ? await captureQueries(() => (calls[i] as () => Promise<unknown>)()) : null;
      const result: CaseResult = {
        name: c.name,
        latency: latencies[i] as LatencySummary,
        rawSql: url && statements ? await timeRawSql(url, statements) : null,
        statements: statements?.length ?? null,
      };
      if (url && statements && verdict(result, false).startsWith('MISSED')) {
        result.slowest = (await explainQueries(url, statements))
          .slice(0, 2)
          .map((q) => ({ ...q, plan: q.plan.slice(0, 40) }));
      }
      results.push(result);
    }
    return { cases: results, reps: ids.reps };
  } finally {
    await app.close();
  }
};

const ms = (value: number) => value.toFixed(1);

/** The targets: p95 ≤ 50 ms and ≤ 2 × the raw SQL at scale M; every view ≤ 100 ms on PGlite at scale S. */
const verdict = (c: CaseResult, pglite: boolean) => {
  if (c.name.startsWith('health')) return '';
  if (pglite) return c.latency.p95Ms <= 100 ? 'ok' : 'MISSED (p95 ≤ 100)';
  const withinRaw = c.rawSql
    ? c.latency.p95Ms <= 2 * c.rawSql.medianMs || c.latency.medianMs <= 2 * c.rawSql.medianMs
    : true;
  return c.latency.p95Ms <= 50 && withinRaw ? 'ok' : `MISSED (p95 ≤ 50${c.rawSql ? ', ≤ 2× raw' : ''})`;
};

const print = (title: string, cases: CaseResult[], pglite: boolean) => {
  log('');
  log(`== ${title} ==`);
  printTable(
    ['case', 'median ms', 'p95 ms', 'raw SQL ms', 'statements', '× raw', 'target'],
    cases.map((c) => [
      c.name,
      ms(c.latency.medianMs),
      ms(c.latency.p95Ms),
      c.rawSql ? ms(c.rawSql.medianMs) : '',
      c.statements === null ? '' : String(c.statements),
      c.rawSql ? `${(c.latency.medianMs / c.rawSql.medianMs).toFixed(2)}×` : '',
      verdict(c, pglite),
    ]),
  );
  for (const c of cases) {
    for (const q of c.slowest ?? []) {
      log('');
      log(`-- ${c.name}: ${q.executionMs.toFixed(1)} ms  ${q.text.replace(/\s+/g, ' ').slice(0, 240)}`);
      for (const line of q.plan.slice(0, 14)) log(`   ${line}`);
    }
  }
};

export const runGoalsScale = async () => {
  const started = new Date();
  installQueryCapture();
  const prepared = await prepareScaleDatabase(
    { scale: quick ? 's' : 'm', reuse: process.env.BENCH_CRM_DATABASE || null, keep: process.env.BENCH_KEEP === '1' },
    log,
  );
  let postgres: Awaited<ReturnType<typeof measureViews>>;
  try {
    postgres = await measureViews(prepared.database, prepared.url);
  } finally {
    await prepared.dispose();
  }
  print(`PostgreSQL, scale ${quick ? 'S' : 'M'}`, postgres.cases, false);

  const lite = await openBenchDatabase('pglite', 'goals');
  let pglite: Awaited<ReturnType<typeof measureViews>>;
  try {
    await loadDemo(lite.database.db, demoPlanFor('s'), { crm: 's' });
    pglite = await measureViews(lite.database, null);
  } finally {
    await lite.dispose();
  }
  print('PGlite, scale S', pglite.cases, true);
  const file = writeResults('goals-scale', quick, started, {
    postgres: { database: prepared.name, reps: postgres.reps, cases: postgres.cases },
    pglite: { reps: pglite.reps, cases: pglite.cases },
  });
  log(`wrote ${file}`);
};
