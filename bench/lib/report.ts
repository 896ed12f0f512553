import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Printing tables and writing `bench/results/<name>.json`, shared by the benchmarks. */

export const log = (line: string) => process.stdout.write(`${line}\n`);

const pad = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');

export const printTable = (headers: string[], rows: string[][]) => {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  log(pad(headers, widths));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(pad(row, widths));
};

/** The commit measured, and whether the working tree had changes; null outside a git checkout. */
export const gitState = () => {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain').length > 0 };
  } catch {
    return null;
  }
};

/** Writes the results file with the machine's facts; answers its path. */
export const writeResults = (name: string, quick: boolean, started: Date, data: Record<string, unknown>) => {
  const dir = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${name}${quick ? '.tmp' : ''}.json`;
  const results = {
    benchmark: name,
    date: started.toISOString(),
    git: gitState(),
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    quick,
    ...data,
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
};
