/**
 * `npm run bench -- crm-scale`: loads scale M into a fresh PostgreSQL database on DATABASE_URL's
 * server, times the CRM endpoints and writes bench/results/crm-scale.json.
 * BENCH_QUICK=1: scale S and few rounds (a smoke run). BENCH_KEEP=1 keeps the loaded database;
 * BENCH_CRM_DATABASE=<name> measures a kept one again without loading; BENCH_SAMPLES=<n> times n rounds.
 */
import { type CrmScaleOptions, runCrmScale, targetOf } from './crm-scale';
import { log, printTable, writeResults } from './lib/report';

const quick = process.env.BENCH_QUICK === '1';

const ms = (value: number) => value.toFixed(1);
const ratio = (value: number) => `${value.toFixed(1)}×`;

export const runCrmScaleMain = async () => {
  const started = new Date();
  const options: CrmScaleOptions = {
    scale: quick ? 's' : 'm',
    warmup: quick ? 5 : 20,
    samples: Number(process.env.BENCH_SAMPLES) || (quick ? 20 : 200),
    depth: quick ? 1_000 : 10_000,
    reuse: process.env.BENCH_CRM_DATABASE || null,
    keep: process.env.BENCH_KEEP === '1',
    explain: process.env.BENCH_EXPLAIN !== '0',
  };
  const run = await runCrmScale(options, log);
  log('');
  log(`== ${run.scale.toUpperCase()} on ${run.databaseVersion.split(' on ')[0]}: ${JSON.stringify(run.counts)} ==`);
  const groups = ['health', 'list', 'deep', 'totals', 'search', 'write'] as const;
  printTable(
    ['case', 'n', 'median ms', 'p95 ms', '× health', 'p95 × health', 'target'],
    groups.flatMap((group) =>
      run.cases
        .filter((c) => c.group === group)
        .map((c) => {
          const target = targetOf(c);
          return [
            c.depth ? `${c.name} (${c.depth.toLocaleString('en-US')} rows in)` : c.name,
            String(c.latency.samples),
            ms(c.latency.medianMs),
            ms(c.latency.p95Ms),
            ratio(c.medianRatioToHealth),
            ratio(c.p95RatioToHealth),
            target ? `${target.met ? 'ok' : 'MISSED'} (${target.text})` : '',
          ];
        }),
    ),
  );
  const missed = run.cases.filter((c) => targetOf(c)?.met === false);
  log('');
  log(missed.length ? `${missed.length} cases missed their target` : 'every case met its target');
  for (const c of missed) {
    const [slowest] = c.explained ?? [];
    if (!slowest) continue;
    log('');
    log(`-- ${c.name}: ${c.statements} statements, the slowest ${slowest.executionMs.toFixed(1)} ms`);
    log(`   ${slowest.text.replace(/\s+/g, ' ').slice(0, 300)}`);
    for (const line of slowest.plan.slice(0, 12)) log(`   ${line}`);
  }
  const file = writeResults('crm-scale', quick, started, { options, run });
  log(`wrote ${file}`);
};
