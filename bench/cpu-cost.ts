// CPU ms per request in the Next process and the PGlite (launcher) process, per scenario.
import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import autocannon from "autocannon";
const w = JSON.parse(readFileSync("/tmp/world.json", "utf8"));
const pidOn = (port: number) => /pid=(\d+)/.exec(execSync(`ss -ltnp 'sport = :${port}'`).toString())![1]!;
const next = pidOn(3130);
const pglite = pidOn(3131);
const cpu = (pid: string) => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
let i = Number(process.argv[3] ?? 0);
async function run(name: string, amount: number) {
  const opts: any = { connections: 10, amount };
  if (name === "ping") opts.url = `${w.baseUrl}/api/ping`;
  if (name === "slots") opts.url = `${w.baseUrl}/api/v1/hosts/${w.busyHostId}/slots?start=${w.slotsFrom}&end=${w.slotsTo}&timeZone=UTC`;
  if (name === "list") { opts.url = `${w.baseUrl}/api/v1/bookings`; opts.headers = { authorization: `Bearer ${w.busyHostToken}` }; }
  if (name === "create") {
    opts.url = `${w.baseUrl}/api/v1/bookings`; opts.method = "POST";
    opts.requests = [{ setupRequest: (r: any) => { const s = w.createSlots[i++]; return { ...r, body: JSON.stringify({ hostId: s.hostId, start: s.start, duration: 30, timeZone: "UTC" }), headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json" } }; } }];
  }
  const n0 = cpu(next), p0 = cpu(pglite), t0 = Date.now();
  const r = await autocannon(opts);
  if (name === "create") await new Promise((res) => setTimeout(res, 1500)); // let the runner finish the jobs
  const n1 = cpu(next), p1 = cpu(pglite);
  console.log(name.padEnd(7), `next ${((n1 - n0) / amount).toFixed(2)} ms/req  pglite ${((p1 - p0) / amount).toFixed(2)} ms/req  non2xx ${r.non2xx}  (${Date.now() - t0} ms)`);
}
for (const s of (process.argv[2] ?? "ping,slots,list,create").split(",")) await run(s, s === "ping" ? 3000 : s === "create" ? 400 : 600);
console.log("next offset", i);
