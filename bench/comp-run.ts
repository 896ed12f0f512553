/**
 * `npm run bench -- comp-run`: the period run (`POST /api/v1/comp-runs`) at scale M on PostgreSQL.
 * On a kept scale-M database (BENCH_CRM_DATABASE, else a fresh load) the admin builds a tiered plan
 * through the API and assigns it to every rep, and each period timed gets an org revenue quota
 * split evenly into the reps' quotas. It times the last full fiscal quarter, the last fiscal year
 * and the last three years, then one year of about 1M credits in a copy of the database with
 * synthetic won deals (dropped at the end). Each run is split into phases by the statements it sent.
 * Issue 5's targets: a quarter ≤ 5 s, 1M credits ≤ 60 s, linear in the number of credits.
 * BENCH_ROUNDS=<n> (3), BENCH_SIZES=<regex> (sizes by name), BENCH_QUICK=1 (the quarter, 2 rounds).
 */
import { cpus, loadavg } from 'node:os';
import { addDays, type CompRun, type DateRange, fiscalQuarterOf, fiscalYearOf } from '@pacer/core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { keptDeals } from '../packages/server/src/modules/comp/comp-clawbacks.queries';
import { periodCredits } from '../packages/server/src/modules/comp/comp-credits.queries';
import { demoPassword } from '../packages/server/src/modules/demo/demo-plan';
import { type Database, type Db, openDatabase, queryRows } from '../packages/server/src/platform/db/client';
import { prepareScaleDatabase } from './crm-scale';
import { linearity, printResults, targetOf } from './lib/comp-run-report';
import { call, ensurePlan, ensureQuota, lastQuarterOf, type Org, readOrg, type Session } from './lib/comp-run-setup';
import {
  executionMs,
  installTracing,
  isLines,
  isRead,
  median,
  phasesOf,
  runStatements,
  seconds,
  startTracing,
  stopTracing,
  sumOf,
  type Traced,
  tracedSoFar,
} from './lib/comp-run-tracing';
import { millionCredits, type Round, type Size, type SizeResult } from './lib/comp-run-types';
import { explainQueries } from './lib/explain';
import { log, writeResults } from './lib/report';
import { serveApp } from './lib/serve';
import { signInAs } from './lib/session';

const quick = process.env.BENCH_QUICK === '1';
const rounds = Number(process.env.BENCH_ROUNDS) || (quick ? 2 : 3);
const onlySizes = process.env.BENCH_SIZES ? new RegExp(process.env.BENCH_SIZES) : null;

/**
 * The periods timed, counted back from the last won day of the data (not the clock, so a kept
 * database measures the same periods later): the last full fiscal quarter, the last full fiscal
 * year, the twelve quarters up to the quarter, and the year before the year for the 1M credits.
 */
const sizesOf = (org: Org): Size[] => {
  const quarter = lastQuarterOf(org);
  const year = fiscalYearOf(addDays(fiscalYearOf(org.lastWon, org.fiscalStart).start, -1), org.fiscalStart);
  const quarterBack = `${Number(quarter.start.slice(0, 4)) - 3}${quarter.start.slice(4)}`;
  const threeYears = { start: addDays(fiscalQuarterOf(quarterBack, org.fiscalStart).end, 1), end: quarter.end };
  const yearBefore = fiscalYearOf(addDays(year.start, -1), org.fiscalStart);
  const sizes: Size[] = [
    { name: 'quarter', period: { start: quarter.start, end: quarter.end }, synthetic: false },
    { name: 'year', period: { start: year.start, end: year.end }, synthetic: false },
    { name: 'three years', period: threeYears, synthetic: false },
    { name: '1M credits (a year)', period: { start: yearBefore.start, end: yearBefore.end }, synthetic: true },
  ];
  return sizes.filter((size) => (quick ? size.name === 'quarter' : !onlySizes || onlySizes.test(size.name)));
};

// ——— timing runs ———

const countCredits = async (db: Db, orgId: string, period: DateRange) => {
  const started = performance.now();
  const credits = await periodCredits(db, orgId, period, await keptDeals(db, orgId, period));
  return {
    credits: sumOf([...credits.values()].map((list) => list.length)),
    seconds: seconds(performance.now() - started),
  };
};

/** One run over HTTP, its statements traced. */
const timeRun = async (s: Session, period: DateRange) => {
  startTracing();
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const run = await call<CompRun>(s, '/api/v1/comp-runs', {
      method: 'POST',
      body: { periodStart: period.start, periodEnd: period.end },
      expect: 201,
    });
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    return { run, ms, cpuSeconds: (used.user + used.system) / 1e6, traced: tracedSoFar() };
  } finally {
    stopTracing();
  }
};

const cappedLines = async (db: Db, orgId: string, runId: string) => {
  const [row] = await queryRows<{ n: string }>(
    db,
    sql`select count(*)::text as n from comp_earning_lines
        where org_id = ${orgId} and run_id = ${runId} and explanation @> '[{"code": "capped"}]'`,
  );
  return Number(row?.n ?? 0);
};

/** Rows of one run's lines that the other run lacks, both ways: 0 when they are the same. */
const linesDiffering = async (db: Db, orgId: string, a: string, b: string) => {
  const lines = (runId: string) =>
    sql`select rep_id, position, plan_version_id, component_id, component_kind, deal_id, credit_date, base, rate,
               tier, amount, currency, explanation
        from comp_earning_lines where org_id = ${orgId} and run_id = ${runId}`;
  const [row] = await queryRows<{ n: string }>(
    db,
    sql`select count(*)::text as n from ((${lines(a)} except all ${lines(b)}) union all (${lines(b)} except all ${lines(a)})) x`,
  );
  return Number(row?.n ?? -1);
};

const roundLine = (size: string, index: number, ms: number, run: CompRun) =>
  `${size}, round ${index + 1}: ${seconds(ms).toFixed(2)} s, ${run.reps.length} reps, ` +
  `${sumOf(run.reps.map((rep) => rep.lineCount))} lines (load ${loadavg()[0]?.toFixed(2)})`;

const measureSize = async (s: Session, size: Size, database: string, url: string): Promise<SizeResult> => {
  const counted = await countCredits(s.db, s.org.orgId, size.period);
  log(`${size.name} ${size.period.start} – ${size.period.end}: ${counted.credits.toLocaleString('en-US')} credits`);
  const loadAverage = loadavg();
  const done: Round[] = [];
  let last: CompRun | null = null;
  let slowestGather: Traced | null = null;
  for (let index = 0; index < rounds; index++) {
    const { run, ms, cpuSeconds, traced } = await timeRun(s, size.period);
    done.push({ seconds: seconds(ms), nodeCpuSeconds: cpuSeconds, runId: run.id, phases: phasesOf(traced, ms) });
    log(roundLine(size.name, index, ms, run));
    last = run;
    slowestGather = slowestGatherStatement(traced) ?? slowestGather;
  }
  const [first, second] = done;
  const differing = first && second ? await linesDiffering(s.db, s.org.orgId, first.runId, second.runId) : null;
  const medianSeconds = median(done.map((round) => round.seconds));
  const result: SizeResult = {
    name: size.name,
    period: size.period,
    database,
    credits: counted.credits,
    creditsReadSeconds: counted.seconds,
    reps: last?.reps.length ?? 0,
    lines: sumOf(last?.reps.map((rep) => rep.lineCount) ?? []),
    cappedLines: last ? await cappedLines(s.db, s.org.orgId, last.id) : 0,
    rounds: done,
    medianSeconds,
    creditsPerSecond: counted.credits / medianSeconds,
    deterministic: differing === null ? null : differing === 0,
    loadAverage,
  };
  if (!targetOf(result).met && slowestGather) {
    // The slowest statement that gathers the facts, under EXPLAIN ANALYZE (rolled back).
    result.explained = (await explainQueries(url, [slowestGather])).map((q) => ({ ...q, plan: q.plan.slice(0, 40) }));
  }
  return result;
};

/** The slowest read of the run's transaction before its first lines. */
const slowestGatherStatement = (traced: Traced[]): Traced | null => {
  const statements = runStatements(traced) ?? [];
  const reads = statements.slice(0, statements.findIndex(isLines)).filter(isRead);
  const exec = executionMs(reads);
  return reads[exec.indexOf(Math.max(...exec))] ?? null;
};

/**
 * Lines of the runs of the periods timed that no statement points to (every run but the latest of
 * a period, this time's and earlier times') are deleted, so a kept database does not grow by
 * millions of lines each time the bench runs.
 */
const dropSupersededLines = async (db: Db, orgId: string, periods: DateRange[]) => {
  for (const period of periods) {
    await db.execute(
      sql`delete from comp_earning_lines l using comp_runs r
          where l.org_id = ${orgId} and r.org_id = l.org_id and r.id = l.run_id
            and r.period_start = ${period.start}::date and r.period_end = ${period.end}::date
            and not exists (select 1 from comp_statements s where s.org_id = r.org_id and s.run_id = r.id)`,
    );
  }
  await db.execute(sql`vacuum (analyze) comp_earning_lines`);
};

/** Serves the app on a database, signs the admin in, makes sure of the plan and quotas, times each size. */
const measureOn = async (database: Database, name: string, url: string, sizes: Size[], quarter: DateRange) => {
  const app = await serveApp(database);
  try {
    const admin = await signInAs(app.baseUrl, 'admin@summit.example', demoPassword);
    const org = await readOrg(database.db, admin.orgId);
    const s: Session = { baseUrl: app.baseUrl, admin, db: database.db, org };
    await ensurePlan(s, quarter);
    for (const size of sizes) await ensureQuota(s, size.period);
    const results: SizeResult[] = [];
    for (const size of sizes) results.push(await measureSize(s, size, name, url));
    // The 1M copy is dropped anyway.
    if (!sizes.some((size) => size.synthetic)) {
      await dropSupersededLines(
        database.db,
        org.orgId,
        sizes.map((size) => size.period),
      );
    }
    return results;
  } finally {
    await app.close();
  }
};

// ——— the 1M-credit copy ———

const urlFor = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/** A copy of the kept database (it must have no other session meanwhile: a few tries). */
const copyDatabase = async (admin: pg.Client, from: string, to: string) => {
  for (let attempt = 1; ; attempt++) {
    try {
      // FILE_COPY copies the files instead of writing all of them to the WAL: much faster for GBs.
      await admin.query(`create database ${to} template ${from} strategy file_copy`);
      return;
    } catch (error) {
      if (attempt >= 10 || !/being accessed by other users/.test((error as Error).message)) throw error;
      log(`${from} is in use; trying again in 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 10_000));
    }
  }
};

/**
 * Won deals with two line items of different products (two credits each), spread over the
 * period's days and the reps round-robin, until the period holds about `target` credits.
 */
const addSyntheticDeals = async (db: Db, org: Org, period: DateRange, missing: number) => {
  const deals = Math.ceil(missing / 2);
  const days = sql`(${period.end}::date - ${period.start}::date + 1)`;
  await db.execute(sql`create temporary table bench_synthetic as
    with reps as (select array_agg(user_id order by user_id) as ids from members where org_id = ${org.orgId} and role = 'rep'),
         products as (select array_agg(id order by id) as ids from products where org_id = ${org.orgId} and archived_at is null)
    select g.i, gen_random_uuid() as id, r.ids[1 + g.i % cardinality(r.ids)] as owner_id,
           ${period.start}::date + ((g.i::bigint * 7919) % ${days})::integer as closed_on,
           p.ids[1 + g.i % cardinality(p.ids)] as first_product,
           p.ids[1 + (g.i % cardinality(p.ids) + 1 + (g.i / cardinality(p.ids)) % (cardinality(p.ids) - 1)) % cardinality(p.ids)] as second_product,
           1 + g.i % 5 as first_units, 1 + g.i % 3 as second_units
    from generate_series(1, ${deals}) g(i), reps r, products p`);
  await db.execute(sql`create temporary table bench_synthetic_items as
    select s.id as deal_id, x.position, p.id as product_id, p.name as product_name, p.product_line_id, x.units, p.list_price
    from bench_synthetic s
    cross join lateral (values (1, s.first_product, s.first_units), (2, s.second_product, s.second_units)) x(position, product_id, units)
    join products p on p.org_id = ${org.orgId} and p.id = x.product_id`);
  await db.execute(sql`analyze bench_synthetic`);
  await db.execute(sql`analyze bench_synthetic_items`);
  await db.execute(sql`insert into deals (org_id, id, owner_id, name, pipeline_id, stage_id, amount, currency, closed_on,
                                          stage_entered_at, created_at, updated_at)
    select ${org.orgId}, s.id, s.owner_id, 'Bench synthetic deal ' || s.i, st.pipeline_id, st.id, a.amount, ${org.currency},
           s.closed_on, (s.closed_on + time '12:00') at time zone ${org.timeZone},
           (s.closed_on - 20 + time '12:00') at time zone ${org.timeZone}, (s.closed_on + time '12:00') at time zone ${org.timeZone}
    from bench_synthetic s
    join (select deal_id, sum(units * list_price) as amount from bench_synthetic_items group by deal_id) a on a.deal_id = s.id,
         (select st.id, st.pipeline_id from stages st join pipelines pl on pl.org_id = st.org_id and pl.id = st.pipeline_id
          where st.org_id = ${org.orgId} and st.kind = 'won' and pl.is_default limit 1) st`);
  await db.execute(sql`insert into deal_line_items (org_id, deal_id, position, product_id, product_name, product_line_id,
                                                    quantity, unit_price, total)
    select ${org.orgId}, i.deal_id, i.position, i.product_id, i.product_name, i.product_line_id, i.units, i.list_price,
           i.units * i.list_price
    from bench_synthetic_items i`);
  await db.execute(sql`analyze deals`);
  await db.execute(sql`analyze deal_line_items`);
  return deals;
};

/** Copies the kept database, fills the size's year up to about 1M credits, times it, drops the copy. */
const measureMillion = async (kept: string, size: Size, quarter: DateRange): Promise<SizeResult[]> => {
  const url = process.env.DATABASE_URL as string;
  const name = `pacer_bench_${Date.now()}_comp_1m`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const started = performance.now();
    await copyDatabase(admin, kept, name);
    log(`copied ${kept} to ${name} in ${seconds(performance.now() - started).toFixed(0)} s`);
    const database = await openDatabase({ kind: 'postgres', url: urlFor(url, name) });
    try {
      const orgId = (await queryRows<{ id: string }>(database.db, sql`select id::text from orgs limit 1`))[0]?.id ?? '';
      const org = await readOrg(database.db, orgId);
      const have = (await countCredits(database.db, orgId, size.period)).credits;
      const filling = performance.now();
      const deals = await addSyntheticDeals(database.db, org, size.period, millionCredits - have);
      log(
        `added ${deals.toLocaleString('en-US')} synthetic won deals to the ${have.toLocaleString('en-US')} credits ` +
          `of ${size.period.start} – ${size.period.end} in ${seconds(performance.now() - filling).toFixed(0)} s`,
      );
      return await measureOn(database, name, urlFor(url, name), [size], quarter);
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
};

const dropDatabase = async (name: string) => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    log(`dropped ${name}`);
  } finally {
    await admin.end();
  }
};

/** The sizes on the scale-M database, then (its connections closed) the 1M credits on a copy of it. */
const measureAll = async (prepared: Awaited<ReturnType<typeof prepareScaleDatabase>>) => {
  let org: Org;
  let results: SizeResult[];
  try {
    const [first] = await queryRows<{ id: string }>(prepared.database.db, sql`select id::text from orgs limit 1`);
    org = await readOrg(prepared.database.db, first?.id ?? '');
    const onKept = sizesOf(org).filter((size) => !size.synthetic);
    results = await measureOn(prepared.database, prepared.name, prepared.url, onKept, lastQuarterOf(org));
  } finally {
    await prepared.dispose();
  }
  const million = sizesOf(org).find((size) => size.synthetic);
  if (million) results.push(...(await measureMillion(prepared.name, million, lastQuarterOf(org))));
  return results;
};

const loadLine = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} on ${cpus().length} CPUs`;

export const runCompRun = async () => {
  const started = new Date();
  installTracing();
  const reuse = process.env.BENCH_CRM_DATABASE || null;
  const keep = process.env.BENCH_KEEP === '1';
  // The 1M case copies the database once its connections are closed: a fresh load is kept until then.
  const prepared = await prepareScaleDatabase({ scale: quick ? 's' : 'm', reuse, keep: true }, log);
  const loadBefore = loadavg();
  log(loadLine());
  let results: SizeResult[];
  try {
    results = await measureAll(prepared);
  } finally {
    if (!reuse && !keep) await dropDatabase(prepared.name);
  }
  log(loadLine());
  printResults(results);
  const file = writeResults('comp-run', quick, started, {
    database: prepared.name,
    rounds,
    loadAverage: { before: loadBefore, after: loadavg() },
    linearity: linearity(results),
    sizes: results,
  });
  log(`\nwrote ${file}`);
};
