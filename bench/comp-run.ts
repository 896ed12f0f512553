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
import {
  addDays,
  type CompRun,
  type DateRange,
  fiscalQuarterOf,
  fiscalYearOf,
  type LocalDate,
  Money,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { keptDeals } from '../packages/server/src/modules/comp/comp-clawbacks.queries';
import { periodCredits } from '../packages/server/src/modules/comp/comp-credits.queries';
import { demoPassword } from '../packages/server/src/modules/demo/demo-plan';
import { type Database, type Db, openDatabase, queryRows } from '../packages/server/src/platform/db/client';
import { prepareScaleDatabase } from './crm-scale';
import { explainQueries } from './lib/explain';
import { summarize } from './lib/measure';
import { log, printTable, writeResults } from './lib/report';
import { serveApp } from './lib/serve';
import { type Caller, callApi, signInAs } from './lib/session';

const quick = process.env.BENCH_QUICK === '1';
const rounds = Number(process.env.BENCH_ROUNDS) || (quick ? 2 : 3);
const onlySizes = process.env.BENCH_SIZES ? new RegExp(process.env.BENCH_SIZES) : null;
const planName = 'Bench field plan';
const millionCredits = 1_000_000;

interface Size {
  name: string;
  period: DateRange;
  /** In the copy with synthetic won deals added to reach about 1M credits. */
  synthetic: boolean;
}

/** Where the time of one run went, from the statements of its transaction (ms). */
interface Phases {
  /** Auth before the transaction, and the answer after it (JSON, HTTP). */
  outside: number;
  /** Reading reps, credits, quotas, plans, clawbacks (SQL and turning rows into credits). */
  gather: number;
  gatherSql: number;
  /** From the last read to the last batch of lines stored: the engine, rep by rep, and writing the lines. */
  engineAndLines: number;
  linesSql: number;
  settle: number;
  settleSql: number;
  commit: number;
  statements: number;
  slowest: { ms: number; text: string }[];
}

interface Round {
  seconds: number;
  /** CPU time of this process (the app and the bench) during the run. */
  nodeCpuSeconds: number;
  runId: string;
  phases: Phases | null;
}

interface SizeResult {
  name: string;
  period: DateRange;
  database: string;
  /** Credits the run computes: each rep's share of each product and product line of a won deal. */
  credits: number;
  /** Reading and building those credits alone, on the bench's own connection (before the rounds). */
  creditsReadSeconds: number;
  reps: number;
  lines: number;
  /** Lines cut by the plan's cap per period: a longer period reaches it sooner, and such a line explains more. */
  cappedLines: number;
  rounds: Round[];
  medianSeconds: number;
  creditsPerSecond: number;
  /** The second run's lines are the first's. */
  deterministic: boolean | null;
  loadAverage: number[];
  explained?: { executionMs: number; text: string; plan: string[] }[];
}

const seconds = (ms: number) => ms / 1000;
const median = (values: number[]) => summarize(values).medianMs;

// ——— tracing the statements of a run ———

interface Traced {
  client: pg.Client;
  text: string;
  values: unknown[];
  sent: number;
  done: number;
}

let tracing: Traced[] | null = null;
const readText = /^\s*(select|with)/i;
const untraced = pg.Client.prototype.query;

/** Notes when each statement sent through node-postgres was sent and answered, while `tracing` is set. */
const installTracing = () => {
  // biome-ignore lint/suspicious/noExplicitAny: node-postgres overloads query(); this wraps all of them.
  (pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
    const result = (untraced as (...a: unknown[]) => unknown).apply(this, args);
    if (!tracing || !(result instanceof Promise)) return result;
    const [first, second] = args;
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    // Only reads keep their parameters (for EXPLAIN): a batch of lines is megabytes.
    const values = !readText.test(text)
      ? []
      : (typeof first === 'object' && first?.values) || (Array.isArray(second) ? second : []);
    const entry: Traced = { client: this, text, values, sent: performance.now(), done: Number.NaN };
    tracing.push(entry);
    return result.then((value) => {
      entry.done = performance.now();
      return value;
    });
  };
};

/** A client answers its statements in turn: one runs from when it was sent or the one before ended. */
const executionMs = (statements: Traced[]) =>
  statements.map((s, i) => s.done - Math.max(s.sent, statements[i - 1]?.done ?? s.sent));

const startOf = (statements: Traced[], pattern: RegExp, from = 0) =>
  statements.findIndex((s, i) => i >= from && pattern.test(s.text));

const sumOf = (values: number[]) => values.reduce((total, value) => total + value, 0);

const isRead = (s: Traced) => readText.test(s.text);
const isLines = (s: Traced) => /^insert into "?comp_earning_lines/i.test(s.text);

/** The statements of the run's transaction, on the connection that stored its lines. */
const runStatements = (traced: Traced[]) => {
  const firstLines = traced.find(isLines);
  if (!firstLines) return null;
  const all = traced.filter((s) => s.client === firstLines.client);
  const begin = all.findLastIndex((s, i) => i <= all.indexOf(firstLines) && /^begin/i.test(s.text));
  return all.slice(Math.max(begin, 0), startOf(all, /^commit/i) + 1);
};

/**
 * Splits a run at its landmarks: the last read before the first lines, the last lines, the audit
 * row, the commit. Whether the engine runs before the lines are written or while they are, its
 * time falls between the last read and the last lines.
 */
const phasesOf = (traced: Traced[], requestMs: number): Phases | null => {
  const statements = runStatements(traced);
  if (!statements) return null;
  const exec = executionMs(statements);
  const firstLines = statements.findIndex(isLines);
  const lastRead = statements.slice(0, firstLines).findLastIndex(isRead);
  const lastLines = statements.findLastIndex(isLines);
  const audit = startOf(statements, /^insert into "audit_events"/i, lastLines);
  const at = (i: number) => statements[i] as Traced;
  const first = at(0);
  const last = at(statements.length - 1);
  const gatherStatements = statements.slice(0, lastRead + 1).map((s, i) => ({ ms: exec[i] ?? 0, text: s.text }));
  const sqlOf = (from: number, to: number, only: (s: Traced) => boolean = () => true) =>
    sumOf(exec.slice(from, to).filter((_, i) => only(at(from + i))));
  return {
    outside: requestMs - (last.done - first.sent),
    gather: at(lastRead).done - first.sent,
    gatherSql: sqlOf(0, lastRead + 1),
    engineAndLines: at(lastLines).done - at(lastRead).done,
    linesSql: sqlOf(firstLines, lastLines + 1, isLines),
    settle: at(audit).sent - at(lastLines).done,
    settleSql: sqlOf(lastLines + 1, audit),
    commit: last.done - at(audit).sent,
    statements: statements.length,
    slowest: gatherStatements
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((s) => ({ ms: s.ms, text: s.text.replace(/\s+/g, ' ').slice(0, 160) })),
  };
};

// ——— the org, its periods and its plan ———

interface Org {
  orgId: string;
  timeZone: string;
  currency: string;
  fiscalStart: number;
  lastWon: LocalDate;
}

const readOrg = async (db: Db, orgId: string): Promise<Org> => {
  const [row] = await queryRows<Org>(
    db,
    sql`select o.id::text as "orgId", o.time_zone as "timeZone", o.currency, o.fiscal_year_start_month as "fiscalStart",
          (select max(d.closed_on)::text from deals d join stages s on s.org_id = d.org_id and s.id = d.stage_id
           where d.org_id = o.id and s.kind = 'won') as "lastWon"
        from orgs o where o.id = ${orgId}`,
  );
  if (!row?.lastWon) throw new Error('the org has no won deal');
  return row;
};

const lastQuarterOf = (org: Org) =>
  fiscalQuarterOf(addDays(fiscalQuarterOf(org.lastWon, org.fiscalStart).start, -1), org.fiscalStart);

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

interface Session {
  baseUrl: string;
  admin: Caller;
  db: Db;
  org: Org;
}

const call = <T>(s: Session, path: string, options: { method?: string; body?: unknown; expect?: number } = {}) =>
  callApi<T>(s.baseUrl, s.admin, path, options);

const wonRevenue = async (db: Db, orgId: string, period: DateRange): Promise<string> => {
  const [row] = await queryRows<{ amount: string }>(
    db,
    sql`select coalesce(sum(d.amount), 0)::text as amount
        from deals d join stages s on s.org_id = d.org_id and s.id = d.stage_id
        where d.org_id = ${orgId} and s.kind = 'won' and d.archived_at is null
          and d.closed_on between ${period.start}::date and ${period.end}::date`,
  );
  return new Money(row?.amount ?? '0').toDecimalPlaces(0).toFixed(2);
};

const periodKindOf = (org: Org, period: DateRange) => {
  const quarter = fiscalQuarterOf(period.start, org.fiscalStart);
  const year = fiscalYearOf(period.start, org.fiscalStart);
  if (quarter.start === period.start && quarter.end === period.end) return { periodKind: 'quarter' };
  if (year.start === period.start && year.end === period.end) return { periodKind: 'year' };
  return { periodKind: 'custom', endsOn: period.end };
};

/**
 * The reps' quotas of a period (a tiered commission needs one): an org quota of the period's won
 * revenue, so attainment spreads around 100 %, split evenly into a quota for each rep. Made once.
 */
const ensureQuota = async (s: Session, period: DateRange): Promise<string> => {
  const name = `Bench comp quota ${period.start} – ${period.end}`;
  const goals = await call<{ items: { id: string; name: string }[] }>(
    s,
    `/api/v1/goals?progress=false&limit=500&scopeKind=org&metric=won_revenue&on=${period.start}`,
  );
  const existing = goals.items.find((goal) => goal.name === name);
  if (existing) return existing.id;
  const target = await wonRevenue(s.db, s.org.orgId, period);
  const goal = await call<{ id: string }>(s, '/api/v1/goals', {
    method: 'POST',
    body: {
      name,
      kind: 'quota',
      metric: 'won_revenue',
      scopeKind: 'org',
      startsOn: period.start,
      target,
      ...periodKindOf(s.org, period),
    },
    expect: 201,
  });
  await call(s, `/api/v1/goals/${goal.id}/cascade`, { method: 'POST', body: { into: 'reps' } });
  log(`quota ${name}: ${s.org.currency} ${target}, split among the reps`);
  return goal.id;
};

/**
 * The upkeep marks a goal achieved when it sees it reached, and never looked at a past quarter:
 * the org's quota of the quarter (its own won revenue) is marked reached on its last day, so the
 * plan's goal bonus pays in the quarter.
 */
const markReached = async (s: Session, goalId: string, day: LocalDate) => {
  await s.db.execute(
    sql`update goals set achieved_at = (${day}::date + time '17:00') at time zone ${s.org.timeZone}
        where org_id = ${s.org.orgId} and id = ${goalId} and achieved_at is null`,
  );
};

/** A pushed product sold often: the SPIFF's product. */
const spiffProduct = async (db: Db, orgId: string): Promise<string> => {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select p.id::text from products p join product_lines pl on pl.org_id = p.org_id and pl.id = p.product_line_id
        where p.org_id = ${orgId} and pl.priority = 'push' and p.archived_at is null
        order by (select count(*) from deal_line_items li where li.org_id = p.org_id and li.product_id = p.id) desc, p.id
        limit 1`,
  );
  if (!row) throw new Error('the org has no product in a push line');
  return row.id;
};

/** Marginal tiers with an accelerator, a rate for push lines, a SPIFF in a window, a goal bonus, a cap per period. */
const planTerms = (spiff: { productId: string; window: DateRange }, bonusGoalId: string) => ({
  components: [
    {
      kind: 'commission',
      id: 'revenue',
      name: 'Revenue commission',
      tierMode: 'marginal',
      tiers: [
        { fromPercent: '0', ratePercent: '2' },
        { fromPercent: '50', ratePercent: '5' },
        { fromPercent: '100', ratePercent: '8' },
      ],
    },
    { kind: 'product_line', id: 'push-lines', name: 'Push lines', rules: [{ priority: 'push', ratePercent: '6' }] },
    {
      kind: 'spiff',
      id: 'drill-month',
      name: 'Pushed product month',
      productId: spiff.productId,
      per: 'unit',
      amount: '25.00',
      startsOn: spiff.window.start,
      endsOn: spiff.window.end,
    },
    { kind: 'goal_bonus', id: 'org-quota-bonus', name: 'Org made its quarter', goalId: bonusGoalId, amount: '1000.00' },
    { kind: 'cap', id: 'period-cap', name: 'Most commission a period', perPeriod: '60000.00' },
  ],
});

/** The bench plan, made once and assigned to role rep from a day before every period timed. */
const ensurePlan = async (s: Session, quarter: DateRange) => {
  const plans = await call<{ items: { id: string; name: string }[] }>(s, '/api/v1/comp-plans?limit=500');
  let planId = plans.items.find((plan) => plan.name === planName)?.id;
  // Before every period timed, whichever sizes this run picked.
  const from = `${Number(s.org.lastWon.slice(0, 4)) - 4}-01-01`;
  if (!planId) {
    const bonusGoalId = await ensureQuota(s, quarter);
    await markReached(s, bonusGoalId, quarter.end);
    const middleMonth = { start: addDays(quarter.start, 31), end: addDays(quarter.start, 61) };
    const terms = planTerms({ productId: await spiffProduct(s.db, s.org.orgId), window: middleMonth }, bonusGoalId);
    const body = { name: planName, currency: s.org.currency, effectiveFrom: from, terms, note: 'comp-run benchmark' };
    planId = (await call<{ id: string }>(s, '/api/v1/comp-plans', { method: 'POST', body, expect: 201 })).id;
    log(`made the plan ${planName}`);
  }
  const detail = await call<{ assignments: { role: string | null }[] }>(s, `/api/v1/comp-plans/${planId}`);
  if (!detail.assignments.some((assignment) => assignment.role === 'rep')) {
    const body = { role: 'rep', startsOn: from };
    await call(s, `/api/v1/comp-plans/${planId}/assignments`, { method: 'POST', body, expect: 201 });
  }
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
  tracing = [];
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
    return { run, ms, cpuSeconds: (used.user + used.system) / 1e6, traced: tracing };
  } finally {
    tracing = null;
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

/** Issue 5: a quarter ≤ 5 s; 1M credits ≤ 60 s. Other sizes show the growth only. */
const targetOf = (r: Pick<SizeResult, 'name' | 'credits' | 'medianSeconds'>) => {
  if (r.name === 'quarter') return { met: r.medianSeconds <= 5, text: '≤ 5 s' };
  if (r.credits >= 0.95 * millionCredits) return { met: r.medianSeconds <= 60, text: '≤ 60 s' };
  return { met: true, text: '' };
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

// ——— the report ———

const perCreditUs = (r: SizeResult) => (r.medianSeconds / r.credits) * 1e6;

const printSizes = (results: SizeResult[]) => {
  const base = results[0];
  printTable(
    [
      'size',
      'period',
      'credits',
      'reps',
      'lines',
      'capped',
      'rounds s',
      'median s',
      'credits/s',
      'µs/credit',
      '× first',
      'same lines',
      'target',
    ],
    results.map((r) => {
      const target = targetOf(r);
      return [
        r.name,
        `${r.period.start} – ${r.period.end}`,
        r.credits.toLocaleString('en-US'),
        String(r.reps),
        r.lines.toLocaleString('en-US'),
        `${((100 * r.cappedLines) / Math.max(r.lines, 1)).toFixed(0)} %`,
        r.rounds.map((round) => round.seconds.toFixed(1)).join(' / '),
        r.medianSeconds.toFixed(2),
        r.creditsPerSecond.toFixed(0),
        perCreditUs(r).toFixed(1),
        base ? `${(perCreditUs(r) / perCreditUs(base)).toFixed(2)}×` : '',
        r.deterministic === null ? '' : r.deterministic ? 'yes' : 'NO',
        target.text ? `${target.met ? 'ok' : 'MISSED'} (${target.text})` : '',
      ];
    }),
  );
};

const medianRound = (r: SizeResult) =>
  [...r.rounds].sort((a, b) => a.seconds - b.seconds)[Math.floor((r.rounds.length - 1) / 2)];

const printPhases = (results: SizeResult[]) => {
  const cell = (ms: number | undefined) => (ms === undefined ? '' : seconds(ms).toFixed(2));
  printTable(
    [
      'size',
      'outside',
      'gather',
      'of it SQL',
      'engine & lines',
      'of it lines SQL',
      'settle',
      'of it SQL',
      'commit',
      'statements',
      'node CPU',
    ],
    results.map((r) => {
      const round = medianRound(r);
      const p = round?.phases;
      return [
        r.name,
        cell(p?.outside),
        cell(p?.gather),
        cell(p?.gatherSql),
        cell(p?.engineAndLines),
        cell(p?.linesSql),
        cell(p?.settle),
        cell(p?.settleSql),
        cell(p?.commit),
        String(p?.statements ?? ''),
        round ? round.nodeCpuSeconds.toFixed(2) : '',
      ];
    }),
  );
};

/** Linear: the time per credit of the largest size stays within 1.5× of the smallest's. */
const linearity = (results: SizeResult[]) => {
  const sorted = [...results].sort((a, b) => a.credits - b.credits);
  const [small, large] = [sorted[0], sorted.at(-1)];
  if (!small || !large || small === large) return null;
  const ratio = perCreditUs(large) / perCreditUs(small);
  return { from: small.name, to: large.name, ratio, linear: ratio <= 1.5 };
};

const printSlowest = (results: SizeResult[]) => {
  for (const r of results) {
    for (const q of r.rounds[0]?.phases?.slowest ?? []) log(`  ${r.name}: ${seconds(q.ms).toFixed(2)} s  ${q.text}`);
    for (const q of r.explained ?? []) {
      log(`  EXPLAIN ${r.name}: ${q.executionMs.toFixed(0)} ms`);
      for (const line of q.plan.slice(0, 16)) log(`     ${line}`);
    }
  }
};

const printResults = (results: SizeResult[]) => {
  log('');
  log('== comp period run on PostgreSQL (POST /api/v1/comp-runs) ==');
  printSizes(results);
  const growth = linearity(results);
  if (growth) {
    log(
      `time per credit, ${growth.from} → ${growth.to}: ${growth.ratio.toFixed(2)}× ` +
        `(${growth.linear ? 'linear' : 'MISSED: grows faster than the credits'}, ≤ 1.5×)`,
    );
  }
  log('');
  log('where the time of the median round went (s; lines SQL counts a batch until its answer is read):');
  printPhases(results);
  printSlowest(results);
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
