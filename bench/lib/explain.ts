import pg from 'pg';

/**
 * What a slow request asked the database, and the plan of its slowest query: every query text and
 * its parameters are recorded while a request runs (node-postgres is patched for the run), then
 * each is run again under EXPLAIN ANALYZE in a transaction that is rolled back.
 */

interface Captured {
  text: string;
  values: unknown[];
}

let recording: Captured[] | null = null;
const original = pg.Client.prototype.query;

/** Records every query sent through node-postgres while `recording` is set. */
export const installQueryCapture = () => {
  // biome-ignore lint/suspicious/noExplicitAny: node-postgres overloads query(); this wraps all of them.
  (pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
    if (recording) {
      const [first, second] = args;
      if (typeof first === 'string') recording.push({ text: first, values: Array.isArray(second) ? second : [] });
      else if (first && typeof first.text === 'string') {
        recording.push({ text: first.text, values: first.values ?? (Array.isArray(second) ? second : []) });
      }
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
};

/** The queries `work` sent. */
export const captureQueries = async (work: () => Promise<unknown>): Promise<Captured[]> => {
  recording = [];
  try {
    await work();
    return recording;
  } finally {
    recording = null;
  }
};

export interface ExplainedQuery {
  text: string;
  executionMs: number;
  plan: string[];
}

const ignored = /^(begin|commit|rollback|select 1$)/i;

// A manager's scope puts hundreds of ids into each plan line; the count says enough.
const shortenIdLists = (line: string) =>
  line.replace(/'\{[0-9a-f-]{36}(?:,[0-9a-f-]{36}){9,}\}'/g, (list) => `'{${list.split(',').length} ids}'`);

/** EXPLAIN ANALYZE of each captured query (rolled back); the slowest first. */
export const explainQueries = async (url: string, queries: Captured[]): Promise<ExplainedQuery[]> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const run = (text: string, values: unknown[] = []) =>
    (original as unknown as (this: pg.Client, t: string, v: unknown[]) => Promise<pg.QueryResult>).call(
      client,
      text,
      values,
    );
  const explained: ExplainedQuery[] = [];
  try {
    for (const query of queries) {
      if (ignored.test(query.text.trim())) continue;
      await run('begin');
      try {
        const result = await run(`explain (analyze, buffers) ${query.text}`, query.values);
        const plan = result.rows.map((r: { 'QUERY PLAN': string }) => shortenIdLists(r['QUERY PLAN']));
        const time = /Execution Time: ([\d.]+) ms/.exec(plan.at(-1) ?? '');
        explained.push({ text: query.text, executionMs: time ? Number(time[1]) : 0, plan });
      } catch (error) {
        explained.push({
          text: query.text,
          executionMs: 0,
          plan: [`(could not explain: ${(error as Error).message})`],
        });
      } finally {
        await run('rollback');
      }
    }
  } finally {
    await client.end();
  }
  return explained.sort((a, b) => b.executionMs - a.executionMs);
};
