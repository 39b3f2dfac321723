// No double booking under load: 50 clients race for one slot through the real
// route handler, on PGlite by default and on PostgreSQL in CI.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/bookings/route";
import { getPrisma } from "@/lib/db";
import { callRoute } from "../support/call-route";
import { futureStart, makeHost, makeUser, type TestUser } from "../support/fixtures";

const N = 50;
let host: TestUser;
let clients: TestUser[];

beforeAll(async () => {
  host = await makeHost({ requiresConfirmation: true });
  clients = [];
  for (let i = 0; i < N; i += 1) clients.push(await makeUser());
});

function create(client: TestUser, start: string) {
  return callRoute(createRoute, { method: "POST", token: client.token, body: { hostId: host.id, start, duration: 30 } });
}

describe("concurrent creates", () => {
  it(`${N} creates for one slot: exactly one 201, the rest 409, no 5xx, one row`, async () => {
    const start = futureStart(20, 10);
    const results = await Promise.all(clients.map((c) => create(c, start)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(N - 1);
    expect(statuses.filter((s) => s >= 500)).toHaveLength(0);
    for (const r of results.filter((x) => x.status === 409)) {
      expect(["booking_conflict", "slot_unavailable"]).toContain((r.body as { code: string }).code);
    }
    const rows = await getPrisma().booking.count({ where: { hostId: host.id, startAt: new Date(start) } });
    expect(rows).toBe(1);
  });

  it(`${N} creates for ${N} distinct slots: ${N} x 201`, async () => {
    const results = await Promise.all(clients.map((c, i) => create(c, futureStart(21 + Math.floor(i / 20), (i % 20) + 2))));
    expect(results.map((r) => r.status)).toEqual(Array(N).fill(201));
    const rows = await getPrisma().booking.count({ where: { hostId: host.id, startAt: { gte: new Date(futureStart(21, 0)) } } });
    expect(rows).toBe(N);
  });
});
