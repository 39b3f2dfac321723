// HTTP benchmark: `npm run bench` (docs/decisions/014-benchmark-method.md).
//
// Builds and starts the production server on a throwaway database (in-memory
// PGlite, or a scratch database on the DATABASE_URL server), seeds 200 hosts
// and 20,000 bookings, then measures with autocannon on loopback, in one run: a
// no-work baseline (/api/ping), 30 days of slots of the busiest host, a page of
// that host's bookings, creates on distinct free slots, and 200 concurrent
// creates for one slot. The four timed scenarios run in rounds; each ratio is
// the median over rounds of a figure against its round's baseline. The last
// line is machine-read:
//   bench slots_p50_ratio=<x> list_p50_ratio=<y> create_rps_ratio=<z> contention_wins=<n> contention_5xx=<m>
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { load, mergeLoads, type LoadResult } from "./lib/load";
import { lastLine, met, summarize, table, TARGETS, writeJson } from "./lib/report";
import { startServer } from "./lib/server";
import { BOOKINGS, CLIENTS, HOSTS, seedWorld } from "./lib/world";

const env = process.env;
const config = {
  duration: Number(env.BENCH_DURATION ?? 4),
  rounds: Number(env.BENCH_ROUNDS ?? 3),
  warmup: Number(env.BENCH_WARMUP ?? 2),
  connections: Number(env.BENCH_CONNECTIONS ?? 10),
  contention: 200,
  port: Number(env.BENCH_PORT ?? 3130),
  embeddedDbPort: Number(env.BENCH_DB_PORT ?? 3131),
  skipBuild: env.BENCH_SKIP_BUILD === "1",
};
const OUT = path.resolve(import.meta.dirname, "results", "latest.json");

async function main(): Promise<void> {
  console.log(`[bench] starting the production server (${env.DATABASE_URL ? "PostgreSQL, scratch database" : "embedded PGlite, in memory"})...`);
  const server = await startServer({ ...config, databaseUrl: env.DATABASE_URL || undefined });
  const stop = () => void server.stop().then(() => process.exit(130));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await run(server.baseUrl, server.databaseUrl, server.engine);
  } finally {
    await server.stop();
  }
}

async function run(baseUrl: string, databaseUrl: string, engine: string): Promise<void> {
  const prisma = createPrismaClient(databaseUrl);
  const seedStarted = Date.now();
  const world = await seedWorld(prisma);
  console.log(`[bench] seeded ${HOSTS} hosts, ${CLIENTS} clients, ${BOOKINGS} bookings in ${Date.now() - seedStarted} ms (busy host: ${world.busyHostBookings})`);

  const { connections, duration, warmup } = config;
  const slotsUrl = `${baseUrl}/api/v1/hosts/${world.busyHostId}/slots?start=${world.slotsFrom}&end=${world.slotsTo}&timeZone=UTC`;
  const listUrl = `${baseUrl}/api/v1/bookings`;
  const listHeaders = { authorization: `Bearer ${world.busyHostToken}` };
  let nextSlot = 0;
  const createRequest = () => {
    const slot = world.createSlots[nextSlot++];
    if (!slot) throw new Error("the create scenario ran out of free slots: lower BENCH_DURATION");
    return {
      body: JSON.stringify({ hostId: slot.hostId, start: slot.start, duration: 30, timeZone: "UTC" }),
      headers: { authorization: `Bearer ${slot.token}`, "content-type": "application/json" },
    };
  };
  const scenarios: Record<string, (seconds: number) => Promise<LoadResult>> = {
    baseline: (seconds) => load({ url: `${baseUrl}/api/ping`, connections, duration: seconds }),
    slots: (seconds) => load({ url: slotsUrl, connections, duration: seconds }),
    list: (seconds) => load({ url: listUrl, connections, duration: seconds, headers: listHeaders }),
    create: (seconds) => load({ url: `${baseUrl}/api/v1/bookings`, connections, duration: seconds, method: "POST", next: createRequest }),
  };

  // Sanity: each GET answers 200 with content before it is timed.
  const slots = (await (await fetch(slotsUrl)).json()) as { slots?: unknown[] };
  const list = (await (await fetch(listUrl, { headers: listHeaders })).json()) as { total?: number };
  if (!slots.slots?.length || !list.total) throw new Error(`unexpected answers: slots=${JSON.stringify(slots).slice(0, 200)} list=${JSON.stringify(list).slice(0, 200)}`);
  console.log(`[bench] busy host: ${slots.slots.length} free slots in 30 days, ${list.total} bookings listed`);

  if (warmup > 0) {
    console.log(`[bench] warm-up: ${warmup} s per scenario`);
    for (const scenario of Object.values(scenarios)) await scenario(warmup);
  }
  const rounds: Array<Record<string, LoadResult>> = [];
  for (let round = 1; round <= config.rounds; round += 1) {
    console.log(`[bench] round ${round}/${config.rounds}: ${Object.keys(scenarios).join(", ")}, ${duration} s each, ${connections} connections`);
    const results: Record<string, LoadResult> = {};
    for (const [name, scenario] of Object.entries(scenarios)) results[name] = await scenario(duration);
    rounds.push(results);
  }
  const results: Record<string, LoadResult> = Object.fromEntries(Object.keys(scenarios).map((name) => [name, mergeLoads(rounds.map((r) => r[name]!))]));

  const { hostId, start, tokens } = world.contention;
  let contender = 0;
  console.log(`[bench] contention: ${config.contention} concurrent creates for one slot`);
  results.contention = await load({
    url: `${baseUrl}/api/v1/bookings`,
    connections: config.contention,
    amount: config.contention,
    method: "POST",
    next: () => ({
      body: JSON.stringify({ hostId, start, duration: 60, timeZone: "UTC" }),
      headers: { authorization: `Bearer ${tokens[contender++ % tokens.length]}`, "content-type": "application/json" },
    }),
  });
  const statuses = results.contention.statuses;
  const wins = statuses["201"] ?? 0;
  const fiveXx = Object.entries(statuses).reduce((n, [code, count]) => n + (Number(code) >= 500 ? count : 0), 0) + results.contention.errors;
  const stored = await prisma.booking.count({ where: { hostId, startAt: new Date(start), status: { notIn: ["cancelled", "declined"] } } });
  await prisma.$disconnect();
  if (stored !== wins) throw new Error(`contention: ${wins} acknowledged creates but ${stored} bookings stored`);

  const summary = summarize(rounds, { wins, fiveXx });
  console.log("");
  console.log(table(results));
  console.log(`(all rounds together; the ratios below are medians of each round against its own baseline)`);
  console.log("");
  const verdicts = met(summary);
  for (const [name, ok] of Object.entries(verdicts)) console.log(`  ${ok ? "met " : "MISS"} ${name} target ${JSON.stringify(TARGETS[name as keyof typeof TARGETS])}`);
  writeJson(OUT, { at: new Date().toISOString(), engine, config, world: { hosts: HOSTS, clients: CLIENTS, bookings: BOOKINGS, busyHostBookings: world.busyHostBookings }, results, rounds, summary, targets: TARGETS, met: verdicts });
  console.log(`[bench] wrote ${path.relative(process.cwd(), OUT)}`);
  console.log(lastLine(summary));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
