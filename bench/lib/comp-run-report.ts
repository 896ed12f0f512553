/** The comp-run benchmark's tables. */

import { seconds } from './comp-run-tracing';
import { millionCredits, type SizeResult } from './comp-run-types';
import { log, printTable } from './report';

export /** Issue 5: a quarter ≤ 5 s; 1M credits ≤ 60 s. Other sizes show the growth only. */
const targetOf = (r: Pick<SizeResult, 'name' | 'credits' | 'medianSeconds'>) => {
  if (r.name === 'quarter') return { met: r.medianSeconds <= 5, text: '≤ 5 s' };
  if (r.credits >= 0.95 * millionCredits) return { met: r.medianSeconds <= 60, text: '≤ 60 s' };
  return { met: true, text: '' };
};

// ——— the report ———

export const perCreditUs = (r: SizeResult) => (r.medianSeconds / r.credits) * 1e6;

export const printSizes = (results: SizeResult[]) => {
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

export const medianRound = (r: SizeResult) =>
  [...r.rounds].sort((a, b) => a.seconds - b.seconds)[Math.floor((r.rounds.length - 1) / 2)];

export const printPhases = (results: SizeResult[]) => {
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
export const linearity = (results: SizeResult[]) => {
  const sorted = [...results].sort((a, b) => a.credits - b.credits);
  const [small, large] = [sorted[0], sorted.at(-1)];
  if (!small || !large || small === large) return null;
  const ratio = perCreditUs(large) / perCreditUs(small);
  return { from: small.name, to: large.name, ratio, linear: ratio <= 1.5 };
};

export const printSlowest = (results: SizeResult[]) => {
  for (const r of results) {
    for (const q of r.rounds[0]?.phases?.slowest ?? []) log(`  ${r.name}: ${seconds(q.ms).toFixed(2)} s  ${q.text}`);
    for (const q of r.explained ?? []) {
      log(`  EXPLAIN ${r.name}: ${q.executionMs.toFixed(0)} ms`);
      for (const line of q.plan.slice(0, 16)) log(`     ${line}`);
    }
  }
};

export const printResults = (results: SizeResult[]) => {
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
