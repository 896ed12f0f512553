/** Latency and throughput of one HTTP request, driven over real HTTP with fetch. */

export interface RequestSpec {
  url: string;
  headers: Record<string, string>;
}

export interface LatencySummary {
  samples: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
}

export interface ThroughputSummary {
  requests: number;
  concurrency: number;
  seconds: number;
  requestsPerSecond: number;
  medianMs: number;
  p95Ms: number;
}

export interface Plan {
  warmup: number;
  sequential: number;
  concurrentRequests: number;
  concurrency: number;
}

/** Nearest-rank percentile of sorted samples. */
export const percentile = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
};

export const summarize = (samples: readonly number[]): LatencySummary => {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, x) => total + x, 0);
  return {
    samples: sorted.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    meanMs: sum / sorted.length,
    minMs: sorted[0] ?? Number.NaN,
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
};

/** One GET, body read to the end; throws unless the answer is 200. */
export const request = async (spec: RequestSpec): Promise<void> => {
  const response = await fetch(spec.url, { headers: spec.headers });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`GET ${spec.url} answered ${response.status}: ${body.slice(0, 300)}`);
  }
};

/**
 * Sequential latencies of several calls, measured in rounds: each round times every call once,
 * starting with a different one each round. The machine's drift (JIT, GC, caches, a neighbour's
 * load) then falls on all calls alike, so their ratios hold even when absolute times wander.
 */
export const interleaved = async (
  calls: readonly (() => Promise<unknown>)[],
  warmup: number,
  count: number,
): Promise<LatencySummary[]> => {
  const samples = calls.map(() => [] as number[]);
  for (let round = 0; round < warmup + count; round++) {
    for (let k = 0; k < calls.length; k++) {
      const i = (round + k) % calls.length;
      const start = performance.now();
      await (calls[i] as () => Promise<unknown>)();
      const elapsed = performance.now() - start;
      if (round >= warmup) samples[i]?.push(elapsed);
    }
  }
  return samples.map(summarize);
};

/** `total` calls from `concurrency` workers sharing one counter: wall time and latencies. */
export const throughput = async (
  call: () => Promise<unknown>,
  total: number,
  concurrency: number,
): Promise<ThroughputSummary> => {
  let issued = 0;
  const samples: number[] = [];
  const worker = async () => {
    while (issued < total) {
      issued++;
      const start = performance.now();
      await call();
      samples.push(performance.now() - start);
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  const latency = summarize(samples);
  return {
    requests: samples.length,
    concurrency,
    seconds,
    requestsPerSecond: samples.length / seconds,
    medianMs: latency.medianMs,
    p95Ms: latency.p95Ms,
  };
};
