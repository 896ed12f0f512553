/** Tracing the statements of a comp run through node-postgres, and where its time went. */
import pg from 'pg';
import type { Phases } from './comp-run-types';
import { summarize } from './measure';
export const seconds = (ms: number) => ms / 1000;
export const median = (values: number[]) => summarize(values).medianMs;

// ——— tracing the statements of a run ———

export interface Traced {
  client: pg.Client;
  text: string;
  values: unknown[];
  sent: number;
  done: number;
}

let tracing: Traced[] | null = null;

/** Traces every statement from now on, until `stopTracing`. */
export const startTracing = () => {
  tracing = [];
};
export const tracedSoFar = (): Traced[] => tracing ?? [];
export const stopTracing = () => {
  tracing = null;
};
export const readText = /^\s*(select|with)/i;
export const untraced = pg.Client.prototype.query;

/** Notes when each statement sent through node-postgres was sent and answered, while `tracing` is set. */
export const installTracing = () => {
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
export const executionMs = (statements: Traced[]) =>
  statements.map((s, i) => s.done - Math.max(s.sent, statements[i - 1]?.done ?? s.sent));

export const startOf = (statements: Traced[], pattern: RegExp, from = 0) =>
  statements.findIndex((s, i) => i >= from && pattern.test(s.text));

export const sumOf = (values: number[]) => values.reduce((total, value) => total + value, 0);

export const isRead = (s: Traced) => readText.test(s.text);
export const isLines = (s: Traced) => /^insert into "?comp_earning_lines/i.test(s.text);

/** The statements of the run's transaction, on the connection that stored its lines. */
export const runStatements = (traced: Traced[]) => {
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
export const phasesOf = (traced: Traced[], requestMs: number): Phases | null => {
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
