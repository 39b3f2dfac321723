// One autocannon run, measured from its per-response events: autocannon's own
// histogram keeps whole milliseconds and only 2xx latencies, too coarse for a
// no-work route that answers in about a millisecond.
import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is given. */
  duration?: number;
  /** Total requests, for the contention burst. */
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Called for every request: returns its body and headers (creates vary both). */
  next?: () => { body: string; headers: Record<string, string> };
}

export interface LoadResult {
  requests: number;
  /** Status code -> count, e.g. { "201": 812, "409": 3 }. */
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  seconds: number;
  /** Latency of successful (2xx) responses, milliseconds. */
  p50: number;
  p99: number;
  /** Successful (2xx) responses per second. */
  rps: number;
  /** Sorted 2xx latencies, to merge rounds; left out of the JSON file. */
  latencies: number[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const next = options.next;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 5 }),
    method: options.method ?? "GET",
    headers: options.headers ?? {},
    timeout: 30,
    ...(next
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => {
                const { body, headers } = next();
                return { ...request, body, headers: { ...request.headers, ...headers } };
              },
            },
          ],
        }
      : {}),
  }, (error, result) => (error ? fail(error) : finish(result)));
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summarizeLoad(latencies, statuses, result.errors, result.timeouts, seconds);
}

function summarizeLoad(latencies: number[], statuses: Record<string, number>, errors: number, timeouts: number, seconds: number): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    requests: Object.values(statuses).reduce((a, b) => a + b, 0),
    statuses,
    errors,
    timeouts,
    seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
    latencies,
  };
}

/** One result for several runs of a scenario: all their responses together. */
export function mergeLoads(runs: LoadResult[]): LoadResult {
  const statuses: Record<string, number> = {};
  for (const run of runs) for (const [code, n] of Object.entries(run.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  const sum = (pick: (r: LoadResult) => number) => runs.reduce((n, r) => n + pick(r), 0);
  return summarizeLoad(runs.flatMap((r) => r.latencies), statuses, sum((r) => r.errors), sum((r) => r.timeouts), sum((r) => r.seconds));
}
