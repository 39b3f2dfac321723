import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { createPrismaClient } from "@/lib/db";
import { actorFromToken } from "@/lib/server/auth/api-tokens";
import { loadSchedulingContext } from "@/lib/server/scheduling-context";
import { claimDueJobs } from "@/lib/integrations/jobs/job-repository";
import { queryBookingRowsByIds } from "@/lib/server/bookings/booking-rows";
import { createBooking } from "@/lib/server/bookings/create-booking";
import { hasEventsToFanOut } from "@/lib/integrations/webhooks/queue-repository";
const w = JSON.parse(readFileSync("/tmp/world.json", "utf8"));
const pglite = /pid=(\d+)/.exec(execSync(`ss -ltnp 'sport = :3131'`).toString())![1]!;
const cpu = () => { const f = readFileSync(`/proc/${pglite}/stat`, "utf8").split(") ")[1]!.split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
const db = createPrismaClient("postgres://postgres:postgres@127.0.0.1:3131/postgres");
async function cost(name: string, n: number, f: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await f(i);
  const c0 = cpu(); const me0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await f(i + 5);
  const me = process.cpuUsage(me0);
  console.log(name.padEnd(24), "pglite", ((cpu() - c0) / n).toFixed(2), "ms   client", ((me.user + me.system) / 1000 / n).toFixed(2), "ms");
}
const s0 = w.createSlots[0];
await cost("select 1 (pool)", 300, () => db.$queryRaw`select 1`);
await cost("token", 300, () => actorFromToken(db, s0.token));
const start = new Date(s0.start); const end = new Date(start.getTime() + 1800e3);
const actor = (await actorFromToken(db, s0.token))!;
await cost("sched rows (create)", 300, () => loadSchedulingContext(db, { hostId: s0.hostId, from: start, to: end, clientId: actor.userId, externalCalendars: { now: new Date() } }));
await cost("claim none due", 300, () => claimDueJobs(db, new Date(), new Date(Date.now() + 1e3), 20));
await cost("fan-out probe", 300, () => hasEventsToFanOut(db, new Date()));
const ids = (await db.booking.findMany({ take: 50, select: { id: true } })).map((b) => b.id);
await cost("booking row by id", 300, (i) => queryBookingRowsByIds(db, [ids[i % 50]!]));
let k = Number(process.argv[2] ?? 8000);
const actors = new Map<string, any>();
await cost("createBooking (whole)", 150, async () => {
  const s = w.createSlots[k++];
  const a = actors.get(s.token) ?? (await actorFromToken(db, s.token)); actors.set(s.token, a);
  return createBooking(db, a, { hostId: s.hostId, start: new Date(s.start), duration: 30, timeZone: "UTC" } as any);
});
console.log("next k", k);
await db.$disconnect();
import { startIntegrationRunner } from "@/lib/integrations/jobs/runner";
import { startWebhookWorker } from "@/lib/integrations/webhooks/worker";
{
  const db2 = createPrismaClient("postgres://postgres:postgres@127.0.0.1:3131/postgres");
  const runner = startIntegrationRunner({ db: db2, poll: false });
  const c0 = cpu(); const me0 = process.cpuUsage(); let done = 0;
  for (let r = 0; r < 20; r++) { const s = await runner.runOnce(); done += s.done + s.skipped; if (s.done + s.skipped === 0) break; }
  const me = process.cpuUsage(me0);
  console.log(`runner: ${done} jobs, pglite ${((cpu() - c0) / 150).toFixed(2)} ms per booking, client ${((me.user + me.system) / 1000 / 150).toFixed(2)} ms per booking`);
  const worker = startWebhookWorker({ db: db2, poll: false });
  const c1 = cpu(); const me1 = process.cpuUsage();
  const res = await worker.runOnce();
  const m1 = process.cpuUsage(me1);
  console.log(`webhook worker: ${JSON.stringify(res)}, pglite ${((cpu() - c1)).toFixed(0)} ms total, client ${((m1.user + m1.system) / 1000).toFixed(0)} ms`);
  await db2.$disconnect();
}
