// /api/v1/clients: a host's clients and client relationships, as request ->
// status tables for the owning host, another host, a client and anonymous.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createBooking } from "@/app/api/v1/bookings/route";
import { POST as actionRoute } from "@/app/api/v1/bookings/[id]/[action]/route";
import { GET as listRoute, POST as addRoute } from "@/app/api/v1/clients/route";
import { DELETE as deactivateRoute } from "@/app/api/v1/clients/[id]/route";
import { getPrisma } from "@/lib/db";
import type { ClientView } from "@/lib/server/host-setup/clients";
import { callRoute } from "../support/call-route";
import { futureStart, makeHost, makeUser, type TestUser } from "../support/fixtures";

let host: TestUser;
let otherHost: TestUser;
let client: TestUser;
let stranger: TestUser;

const actors = () => ({ host, otherHost, client });
type ActorName = keyof ReturnType<typeof actors> | "anonymous";
const tokenOf = (name: ActorName) => (name === "anonymous" ? undefined : actors()[name].token);

async function book(by: TestUser, days: number, hh: number) {
  const res = await callRoute(createBooking, { method: "POST", token: by.token, body: { hostId: host.id, start: futureStart(days, hh), duration: 60 } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

async function list(as: ActorName = "host") {
  return callRoute(listRoute, { token: tokenOf(as) });
}

beforeAll(async () => {
  host = await makeHost({ requiresConfirmation: true });
  otherHost = await makeHost();
  client = await makeUser({ name: "Casey Client" });
  stranger = await makeUser({ name: "Stranger" });
  const first = await book(client, 3, 9);
  await book(client, 4, 9);
  const declined = await book(client, 5, 9);
  await callRoute(actionRoute, { method: "POST", token: host.token, params: { id: declined.id, action: "decline" }, body: {} });
  await callRoute(actionRoute, { method: "POST", token: host.token, params: { id: first.id, action: "confirm" }, body: {} });
});

describe("GET /api/v1/clients", () => {
  it.each([
    { as: "host", status: 200 },
    { as: "client", status: 403 },
    { as: "anonymous", status: 401 },
  ] as const)("as $as -> $status", async ({ as, status }) => {
    const res = await list(as);
    expect(res.status, res.text).toBe(status);
    if (status !== 200) expect(res.headers.get("content-type")).toBe("application/problem+json");
  });

  it("counts the host's sessions per client, with the next one", async () => {
    const res = await list();
    const items = (res.body as { items: ClientView[] }).items;
    const casey = items.find((c) => c.id === client.id);
    expect(casey).toMatchObject({ name: "Casey Client", email: client.email, sessions: { total: 3, upcoming: 2, cancelled: 1, completed: 0 }, lastSessionAt: null, relation: null });
    expect(casey?.nextSessionAt).toBe(futureStart(3, 9));
    expect(items.some((c) => c.id === stranger.id)).toBe(false);
  });

  it("another host does not see them", async () => {
    const res = await list("otherHost");
    expect(res.status).toBe(200);
    expect((res.body as { items: ClientView[] }).items.some((c) => c.id === client.id)).toBe(false);
  });
});

describe("POST /api/v1/clients", () => {
  it.each([
    { name: "unknown email", body: () => ({ email: "nobody-here@test.dev" }), status: 404, field: "email" },
    { name: "invalid email", body: () => ({ email: "not an email" }), status: 400, field: "email" },
    { name: "own email", body: () => ({ email: host.email }), status: 400, field: "email" },
    { name: "unknown field", body: () => ({ email: stranger.email, active: false }), status: 400, field: "active" },
    { name: "as a client", as: "client", body: () => ({ email: stranger.email }), status: 403 },
    { name: "anonymous", as: "anonymous", body: () => ({ email: stranger.email }), status: 401 },
  ] as const)("$name -> $status", async ({ body, status, ...rest }) => {
    const as: ActorName = ("as" in rest && rest.as) || "host";
    const res = await callRoute(addRoute, { method: "POST", token: tokenOf(as), body: body() });
    expect(res.status, res.text).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    if ("field" in rest) expect((res.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain(rest.field);
  });

  it("relates a client by email (201), idempotently (200), case-insensitively", async () => {
    const first = await callRoute(addRoute, { method: "POST", token: host.token, body: { email: stranger.email.toUpperCase() } });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ id: stranger.id, relation: { active: true }, sessions: { total: 0 } });
    const again = await callRoute(addRoute, { method: "POST", token: host.token, body: { email: stranger.email } });
    expect(again.status).toBe(200);
    const items = ((await list()).body as { items: ClientView[] }).items;
    expect(items.find((c) => c.id === stranger.id)?.relation?.active).toBe(true);
  });
});

describe("DELETE /api/v1/clients/{id}", () => {
  beforeAll(async () => {
    await callRoute(addRoute, { method: "POST", token: host.token, body: { email: client.email } });
  });

  it.each([
    { name: "another host", as: "otherHost", id: () => client.id, status: 404 },
    { name: "the client", as: "client", id: () => client.id, status: 403 },
    { name: "anonymous", as: "anonymous", id: () => client.id, status: 401 },
    { name: "malformed id", as: "host", id: () => "nope", status: 404 },
    { name: "no relationship", as: "host", id: () => otherHost.id, status: 404 },
  ] as const)("$name -> $status", async ({ as, id, status }) => {
    const res = await callRoute(deactivateRoute, { method: "DELETE", token: tokenOf(as), params: { id: id() } });
    expect(res.status, res.text).toBe(status);
  });

  it("the owning host deactivates (200, twice is fine) and POST reactivates (201)", async () => {
    const res = await callRoute(deactivateRoute, { method: "DELETE", token: host.token, params: { id: client.id } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: client.id, relation: { active: false } });
    expect((await callRoute(deactivateRoute, { method: "DELETE", token: host.token, params: { id: client.id } })).status).toBe(200);
    const again = await callRoute(addRoute, { method: "POST", token: host.token, body: { email: client.email } });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ relation: { active: true } });
  });

  it("decides who may book a host that takes only related clients", async () => {
    const picky = await makeHost({ audience: "related_clients" });
    const attempt = () => callRoute(createBooking, { method: "POST", token: stranger.token, body: { hostId: picky.id, start: futureStart(9, 10), duration: 60 } });
    expect((await attempt()).status).toBe(403);
    expect((await callRoute(addRoute, { method: "POST", token: picky.token, body: { email: stranger.email } })).status).toBe(201);
    const booked = await attempt();
    expect(booked.status, booked.text).toBe(201);
    await getPrisma().booking.delete({ where: { id: (booked.body as { id: string }).id } });
    expect((await callRoute(deactivateRoute, { method: "DELETE", token: picky.token, params: { id: stranger.id } })).status).toBe(200);
    expect((await attempt()).status).toBe(403);
  });
});
