/**
 * Import of a CSV of activities through Pacer's real import service, against a raw `COPY` of the
 * same rows into the activities table, in the same run, on the same database.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:import
 *   BENCH_ROWS=100000 …   (default 1,000,000; BENCH_QUICK=1 means 100,000 and a .tmp.json result)
 *
 * Needs PostgreSQL (the target of the figure); PGlite is measured too with BENCH_PGLITE=1.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { importMappingSchema } from '@pacer/core';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { generateDemoPlan } from '../packages/server/src/modules/demo/demo-plan';
import { loadDemo } from '../packages/server/src/modules/demo/load-demo';
import { readHead } from '../packages/server/src/modules/imports/import-files';
import { executeImport, prepareImport } from '../packages/server/src/modules/imports/import-job';
import { claimImport, createImport, findImportRow } from '../packages/server/src/modules/imports/imports.service';
import { resolveScope } from '../packages/server/src/platform/auth/access-policy';
import { systemClock } from '../packages/server/src/platform/clock';
import { type Db, queryRows } from '../packages/server/src/platform/db/client';
import { type DatabaseKind, openBenchDatabase } from './lib/databases';

const quick = process.env.BENCH_QUICK === '1';
// Rounds alternate which goes first, so a neighbour's load on the machine falls on both alike.
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const rows = Number(process.env.BENCH_ROWS ?? (quick ? 100_000 : 1_000_000));
const accountCount = 2_000;
const types = ['Call', 'Meeting', 'Visit', 'Email', 'Task', 'Demo'];
const outcomes = ['connected', 'no answer', 'left message', 'appointment booked', null];
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Org {
  orgId: string;
  adminId: string;
  owners: { id: string; email: string }[];
  accounts: { id: string; name: string }[];
}

/** One activity of the generated file: the same for the CSV and the raw COPY. */
const activity = (org: Org, i: number) => {
  const owner = org.owners[i % org.owners.length] as Org['owners'][number];
  const account = org.accounts[(i * 7) % org.accounts.length] as Org['accounts'][number];
  const at = new Date(Date.UTC(2023, 0, 1) + i * 47_000).toISOString();
  return {
    externalId: `ACT-${i}`,
    type: types[i % types.length] as string,
    owner,
    account,
    subject: `Follow-up ${i % 97}, "pricing"`,
    completedAt: at,
    duration: i % 90,
    outcome: outcomes[i % outcomes.length] ?? null,
    notes: i % 3 === 0 ? 'Talked about the renewal; sent the price list.\nCall back next week.' : '',
  };
};

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

const writeCsv = async (org: Org, path: string) => {
  async function* lines() {
    yield 'Activity ID,Type,Assigned To,Company / Account,Subject,Completed,Duration (min),Call Result,Comments\r\n';
    let chunk = '';
    for (let i = 0; i < rows; i++) {
      const a = activity(org, i);
      chunk += `${[a.externalId, a.type, a.owner.email, a.account.name, a.subject, a.completedAt, String(a.duration), a.outcome ?? '', a.notes].map(csvCell).join(',')}\r\n`;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  await pipeline(Readable.from(lines()), createWriteStream(path));
};

const copyEscape = (text: string) =>
  text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string);

/** The same rows, ids already known, straight into the table: what a hand-written bulk load costs. */
const rawCopy = async (pool: pg.Pool, org: Org) => {
  const client = await pool.connect();
  try {
    async function* lines() {
      let chunk = '';
      for (let i = 0; i < rows; i++) {
        const a = activity(org, i);
        const outcome = a.outcome ? a.outcome.replaceAll(' ', '_') : '\\N';
        const type = a.type === 'Demo' ? 'presentation' : a.type.toLowerCase();
        chunk += `${org.orgId}\t${a.owner.id}\t${type}\t${outcome}\t${copyEscape(a.subject)}\t${a.notes ? copyEscape(a.notes) : '\\N'}\t${a.completedAt}\t${a.duration}\t${a.account.id}\t${a.externalId}\t${a.completedAt}\n`;
        if (chunk.length > 1 << 18) {
          yield chunk;
          chunk = '';
        }
      }
      yield chunk;
    }
    const copy = client.query(
      copyFrom(
        'copy activities (org_id, owner_id, type, outcome, subject, notes, completed_at, duration_minutes, account_id, external_id, created_at) from stdin',
      ),
    );
    await pipeline(Readable.from(lines()), copy);
  } finally {
    client.release();
  }
};

const setUp = async (db: Db): Promise<Org> => {
  const report = await loadDemo(db, generateDemoPlan(), { crm: false });
  const orgId = report.orgId;
  const people = await queryRows<{ id: string; email: string; role: string }>(
    db,
    sql`select m.user_id as id, u.email, m.role from members m join users u on u.id = m.user_id where m.org_id = ${orgId}`,
  );
  const admin = people.find((p) => p.role === 'admin');
  if (!admin) throw new Error('no admin in the demo org');
  await db.execute(sql`insert into accounts (org_id, owner_id, name)
    select ${orgId}, ${admin.id}, 'Account ' || lpad(g::text, 5, '0') from generate_series(1, ${accountCount}) g`);
  const accounts = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id, name from accounts where org_id = ${orgId}`,
  );
  return { orgId, adminId: admin.id, owners: people.filter((p) => p.role !== 'viewer'), accounts };
};

const mapping = importMappingSchema.parse({
  columns: {
    'Activity ID': 'externalId',
    Type: 'type',
    'Assigned To': 'owner',
    'Company / Account': 'account',
    Subject: 'subject',
    Completed: 'completedAt',
    'Duration (min)': 'durationMinutes',
    'Call Result': 'outcome',
    Comments: 'notes',
  },
});

/** Runs `work` while sampling the process's resident memory and JS heap every 50 ms; answers the peaks. */
const withPeakRss = async <T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number; peakHeap: number }> => {
  let peak = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 50);
  try {
    const result = await work();
    return { result, peakRss: Math.max(peak, process.memoryUsage().rss), peakHeap };
  } finally {
    clearInterval(timer);
  }
};

const seconds = (start: number) => (performance.now() - start) / 1000;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const runOn = async (kind: DatabaseKind, folder: string) => {
  const bench = await openBenchDatabase(kind, `pacer_bench_import_${Date.now()}`);
  const { db } = bench.database;
  try {
    const org = await setUp(db);
    const file = join(folder, 'activities.csv');
    const generated = performance.now();
    await writeCsv(org, file);
    const csvBytes = statSync(file).size;
    log(
      `  ${kind}: ${rows.toLocaleString('en')} rows, ${mb(csvBytes)} MB of CSV written in ${seconds(generated).toFixed(1)} s`,
    );

    const scope = await resolveScope(db, org.orgId, org.adminId, 'admin');
    const deps = { db, clock: systemClock };
    const timeCopy = async () => {
      await db.execute(sql`truncate activities`);
      await db.execute(sql`checkpoint`);
      const start = performance.now();
      await rawCopy((db as unknown as { $client: pg.Pool }).$client, org);
      return seconds(start);
    };
    const timeImport = async (round: number) => {
      await db.execute(sql`truncate activities`);
      await db.execute(sql`checkpoint`).catch(() => {});
      // The import deletes its file when done: each round imports a copy.
      const upload = join(folder, `upload-${round}.csv`);
      copyFileSync(file, upload);
      const rssBefore = process.memoryUsage().rss;
      const { result, peakRss, peakHeap } = await withPeakRss(async () => {
        const scanStart = performance.now();
        const head = await readHead(upload, 'csv');
        const scanSeconds = seconds(scanStart);
        const job = await createImport(db, scope, 'activities', {
          fileName: 'activities.csv',
          storedPath: upload,
          sha256: 'bench',
          format: 'csv',
          ...head,
        });
        const phases: Record<string, number> = {};
        const importStart = performance.now();
        let last = importStart;
        const row = await findImportRow(db, scope, job.id);
        const prepared = await prepareImport(deps, scope, row, mapping);
        const claimed = await claimImport(db, scope, job.id, 'running', new Date());
        const onPhase = (phase: string) => {
          const now = performance.now();
          phases[phase] = (now - last) / 1000;
          last = now;
        };
        await executeImport({ ...deps, onPhase }, scope, { ...prepared, row: claimed }, 'run');
        const importSeconds = seconds(importStart);
        return { scanSeconds, importSeconds, phases, done: await findImportRow(db, scope, job.id) };
      });
      if (result.done.status !== 'completed' || result.done.created !== rows) {
        throw new Error(
          `import ended ${result.done.status}: ${result.done.message} ${JSON.stringify(result.done.issues.slice(0, 3))}`,
        );
      }
      const [count] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from activities where org_id = ${org.orgId}`,
      );
      if (count?.n !== rows) throw new Error(`expected ${rows} activities, found ${count?.n}`);
      return { ...result, rssBefore, peakRss, peakHeap };
    };
    const results = [];
    for (let round = 0; round < rounds; round++) {
      const copyFirst = round % 2 === 0;
      const copySeconds = kind === 'postgres' && copyFirst ? await timeCopy() : null;
      const imported = await timeImport(round);
      const copyAfter = kind === 'postgres' && !copyFirst ? await timeCopy() : null;
      const copy = copySeconds ?? copyAfter;
      log(
        `  round ${round + 1}: raw COPY ${copy?.toFixed(1) ?? '-'} s, import ${imported.importSeconds.toFixed(1)} s (${Object.entries(
          imported.phases,
        )
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', ')}), peak RSS ${mb(imported.peakRss)} MB, peak JS heap ${mb(imported.peakHeap)} MB`,
      );
      results.push({ copy, ...imported });
    }
    const best = <T>(values: T[], key: (value: T) => number) => values.reduce((a, b) => (key(b) < key(a) ? b : a));
    const fastestImport = best(results, (r) => r.importSeconds);
    const copies = results.map((r) => r.copy).filter((c): c is number => c !== null);
    const copySeconds = copies.length ? Math.min(...copies) : null;
    const ratios = results.filter((r) => r.copy !== null).map((r) => (r.copy as number) / r.importSeconds);
    const result = {
      ...fastestImport,
      rssBefore: Math.min(...results.map((r) => r.rssBefore)),
      peakRss: Math.max(...results.map((r) => r.peakRss)),
      peakHeap: Math.max(...results.map((r) => r.peakHeap)),
    };
    const rssBefore = result.rssBefore;
    const peakRss = result.peakRss;
    return {
      database: kind,
      version: bench.version,
      rows,
      csvMegabytes: mb(csvBytes),
      rawCopySeconds: copySeconds,
      rawCopyRowsPerSecond: copySeconds ? Math.round(rows / copySeconds) : null,
      uploadScanSeconds: result.scanSeconds,
      importSeconds: result.importSeconds,
      importRowsPerSecond: Math.round(rows / result.importSeconds),
      ratioToRawCopy: copySeconds ? copySeconds / result.importSeconds : null,
      ratioPerRound: ratios,
      rounds: results.map((r) => ({ rawCopySeconds: r.copy, importSeconds: r.importSeconds, phases: r.phases })),
      phases: result.phases,
      rssBeforeMegabytes: mb(rssBefore),
      peakRssMegabytes: mb(peakRss),
      peakHeapMegabytes: mb(result.peakHeap),
      maxOldSpaceMegabytes: Number(/--max-old-space-size=(\d+)/.exec(process.env.NODE_OPTIONS ?? '')?.[1] ?? 0) || null,
    };
  } finally {
    await bench.dispose();
  }
};

const gitState = () => {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain').length > 0 };
  } catch {
    return null;
  }
};

const main = async () => {
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL: this benchmark measures PostgreSQL');
  const folder = mkdtempSync(join(tmpdir(), 'pacer-bench-import-'));
  const started = new Date();
  try {
    const kinds: DatabaseKind[] = process.env.BENCH_PGLITE === '1' ? ['postgres', 'pglite'] : ['postgres'];
    const runs = [];
    for (const kind of kinds) {
      const run = await runOn(kind, folder);
      runs.push(run);
      log('');
      log(`== ${kind}: import of ${rows.toLocaleString('en')} activities from CSV ==`);
      log(
        `  raw COPY into activities   ${run.rawCopySeconds?.toFixed(1) ?? '-'} s   ${run.rawCopyRowsPerSecond?.toLocaleString('en') ?? '-'} rows/s`,
      );
      log(
        `  Pacer import (run)         ${run.importSeconds.toFixed(1)} s   ${run.importRowsPerSecond.toLocaleString('en')} rows/s`,
      );
      log(
        `  import / raw COPY speed    ${run.ratioToRawCopy ? `${run.ratioToRawCopy.toFixed(2)}× (best of each; per round ${run.ratioPerRound.map((r) => `${r.toFixed(2)}×`).join(', ')})` : '-'}`,
      );
      log(`  upload scan (headers, count) ${run.uploadScanSeconds.toFixed(1)} s`);
      log(
        `  phases ${Object.entries(run.phases)
          .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
          .join(', ')}`,
      );
      log(
        `  RSS before ${run.rssBeforeMegabytes} MB, peak during import ${run.peakRssMegabytes} MB; peak JS heap ${run.peakHeapMegabytes} MB`,
      );
    }
    const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
    mkdirSync(resultsDir, { recursive: true });
    const official = !quick && rows === 1_000_000 && rounds >= 2;
    const resultsFile = `${resultsDir}import-activities${official ? '' : '.tmp'}.json`;
    const results = {
      benchmark: 'import-activities',
      date: started.toISOString(),
      git: gitState(),
      node: process.version,
      platform: `${platform()} ${release()}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      runs,
    };
    writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    log(`\nwrote ${resultsFile}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

await main();
