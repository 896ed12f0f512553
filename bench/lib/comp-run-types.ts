/** The shapes the comp-run benchmark measures and reports. */
import type { DateRange } from '@pacer/core';

/** Issue 5's large size: a year filled up to about a million credits. */
export const millionCredits = 1_000_000;
export interface Size {
  name: string;
  period: DateRange;
  /** In the copy with synthetic won deals added to reach about 1M credits. */
  synthetic: boolean;
}

/** Where the time of one run went, from the statements of its transaction (ms). */
export interface Phases {
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

export interface Round {
  seconds: number;
  /** CPU time of this process (the app and the bench) during the run. */
  nodeCpuSeconds: number;
  runId: string;
  phases: Phases | null;
}

export interface SizeResult {
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
