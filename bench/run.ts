/**
 * Pacer's benchmarks: `npm run bench` (PGlite in memory), `DATABASE_URL=postgres://… npm run bench`
 * (PGlite, then PostgreSQL in a fresh database that is dropped at the end). BENCH_QUICK=1: a
 * smoke run with few requests, written to a .tmp.json file that git ignores.
 * `npm run bench -- crm-scale`: the CRM endpoints at scale M on PostgreSQL (see crm-scale-main.ts).
 * `npm run bench -- comp-run`: the comp period run at scale M on PostgreSQL (see comp-run.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type AuthOverheadRun, type OrgSize, runAuthOverhead } from './auth-overhead';
import { runCompRun } from './comp-run';
import { runCompWhatIf } from './comp-what-if';
import { runCrmScaleMain } from './crm-scale-main';
import { runGoalsScale } from './goals-scale';
import { databaseKinds } from './lib/databases';
import type { Plan } from './lib/measure';

const quick = process.env.BENCH_QUICK === '1';

const plan: Plan = quick
  ? { warmup: 10, sequential: 100, concurrentRequests: 200, concurrency: 8 }
  : { warmup: 50, sequential: 500, concurrentRequests: 2000, concurrency: 8 };

const sizes: OrgSize[] = [
  { label: 'default org', repsPerTeam: undefined },
  { label: 'large org', repsPerTeam: quick ? [50, 50, 50, 50] : [250, 250, 250, 250] },
];

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const resultsFile = `${resultsDir}auth-overhead${quick ? '.tmp' : ''}.json`;

/** The commit measured, and whether the working tree had changes; null outside a git checkout. */
const gitState = () => {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain').length > 0 };
  } catch {
    return null;
  }
};

const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number) => value.toFixed(2);
const ratio = (value: number) => `${value.toFixed(2)}×`;
const pad = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');

const printTable = (headers: string[], rows: string[][]) => {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  log(pad(headers, widths));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(pad(row, widths));
};

const printRun = (run: AuthOverheadRun) => {
  log('');
  log(`== ${run.database}, ${run.org.label}: ${run.org.reps} reps in [${run.org.repsPerTeam.join(', ')}] ==`);
  printTable(
    ['case', 'median ms', 'p95 ms', '× health', `req/s (c=${plan.concurrency})`, 'p95 ms (c=8)'],
    run.cases.map((c) => [
      c.name,
      ms(c.latency.medianMs),
      ms(c.latency.p95Ms),
      ratio(c.medianRatioToHealth),
      c.throughput.requestsPerSecond.toFixed(0),
      ms(c.throughput.p95Ms),
    ]),
  );
  log('');
  printTable(
    ['in-process (no HTTP)', 'scope users', 'scope teams', 'median ms', 'p95 ms'],
    run.inProcess.map((s) => [
      s.name,
      s.scopeUsers === null ? 'all' : String(s.scopeUsers),
      s.scopeTeams === null ? 'all' : String(s.scopeTeams),
      ms(s.latency.medianMs),
      ms(s.latency.p95Ms),
    ]),
  );
};

/** Per database kind: how each case's median grows from the default org to the large one. */
const printGrowth = (runs: AuthOverheadRun[]) => {
  for (const kind of new Set(runs.map((r) => r.database))) {
    const [small, large] = runs.filter((r) => r.database === kind);
    if (!small || !large) continue;
    log('');
    log(`== ${kind}: ${small.org.reps} → ${large.org.reps} reps ==`);
    const rows = small.cases.map((c, i) => {
      const l = large.cases[i];
      return [
        c.name,
        ratio(c.medianRatioToHealth),
        l ? ratio(l.medianRatioToHealth) : '',
        l ? ratio(l.latency.medianMs / c.latency.medianMs) : '',
        l ? ratio(l.medianRatioToHealth / c.medianRatioToHealth) : '',
      ];
    });
    const scopeRows = small.inProcess.map((s, i) => {
      const l = large.inProcess[i];
      return [s.name, '', '', l ? ratio(l.latency.medianMs / s.latency.medianMs) : '', ''];
    });
    printTable(
      ['case', '× health (default)', '× health (large)', 'large / default median', 'large / default × health'],
      [...rows, ...scopeRows],
    );
  }
};

const main = async () => {
  const started = new Date();
  const stamp = started.getTime();
  const runs: AuthOverheadRun[] = [];
  log(
    `auth-overhead: ${plan.warmup} warm-up, ${plan.sequential} sequential, ${plan.concurrentRequests} at c=${plan.concurrency}`,
  );
  for (const kind of databaseKinds()) {
    const kindStart = performance.now();
    log(`${kind}:`);
    for (const size of sizes) {
      const name = `pacer_bench_${stamp}_${size.repsPerTeam ? size.repsPerTeam.reduce((a, b) => a + b, 0) : 'default'}`;
      const run = await runAuthOverhead(kind, size, plan, name, log);
      runs.push(run);
      printRun(run);
    }
    log(`\n${kind} done in ${((performance.now() - kindStart) / 1000).toFixed(0)} s\n`);
  }
  printGrowth(runs);

  mkdirSync(resultsDir, { recursive: true });
  const results = {
    benchmark: 'auth-overhead',
    date: started.toISOString(),
    git: gitState(),
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    quick,
    plan,
    runs,
  };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwrote ${resultsFile}`);
};

// `npm run bench -- crm-scale` runs the CRM benchmark instead (PostgreSQL only); `goals-scale` the goal views;
// `comp-run` the comp period run; `comp-what-if` the what-if answer in the browser.
if (process.argv[2] === 'crm-scale') await runCrmScaleMain();
else if (process.argv[2] === 'goals-scale') await runGoalsScale();
else if (process.argv[2] === 'comp-run') await runCompRun();
else if (process.argv[2] === 'comp-what-if') await runCompWhatIf();
else await main();
