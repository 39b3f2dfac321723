// Authorization matrix: every endpoint of /api/v1 and of the compat APIs, for
// every actor, against fresh objects per request. Each gets the status written
// in tests/reliability/support/endpoints.ts, errors have the dialect's shape,
// and no body shows what the caller may not see: another user's token, a
// password hash, the owning client's email or private texts (canaries planted
// in every cell), a private note to anyone but its author.
import { beforeAll, describe, expect, it } from "vitest";
import { ENDPOINTS, NOT_IN_PROCESS, NOT_OFFERED, dialectOf, type Endpoint, type Expect, type Method } from "./support/endpoints";
import { exportedMethods, expectErrorShape, resolvePath, routeFiles, send } from "./support/http";
import { ACTORS, buildWorld, Cell, PASSWORD_HASH_CANARY, tokenOf, type ActorName, type World } from "./support/world";
import { configureProvidersForTests } from "./support/providers";

configureProvidersForTests();
let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

const NON_PARTIES: readonly ActorName[] = ["otherClient", "otherHost", "anonymous", "revoked"];

function forbiddenStrings(actor: ActorName, cell: Cell, endpoint: Endpoint): string[] {
  const out = world.tokens.filter((t) => t.owner !== actor).map((t) => t.token);
  out.push(PASSWORD_HASH_CANARY);
  if (endpoint.pathIsCredential) return out;
  // A private note is for its author only (the owning host wrote it): not even admins.
  if (actor !== "ownerHost") out.push(`${cell.canary}-private`);
  if (NON_PARTIES.includes(actor)) {
    out.push(cell.canary);
    if (!endpoint.echoesClientEmail) out.push(world.users.ownerClient.email);
  }
  // Public pages and endpoints show hosts by name, never by email.
  if (actor === "anonymous" || actor === "revoked") out.push(world.users.ownerHost.email, world.users.otherHost.email);
  return out;
}

const matches = (expected: Expect, status: number) => (expected === "ok" ? status >= 200 && status < 300 : status === expected);

interface Planned {
  file: string;
  method: Method;
  endpoint: Endpoint;
  label: string;
}

async function plan(): Promise<{ rows: Planned[]; problems: string[] }> {
  const rows: Planned[] = [];
  const problems: string[] = [];
  const listed = new Set(ENDPOINTS.map((e) => `${e.method} ${e.file}`));
  for (const e of ENDPOINTS) rows.push({ file: e.file, method: e.method, endpoint: e, label: `${e.method} ${e.path}` });
  for (const file of routeFiles()) {
    if (NOT_IN_PROCESS[file]) continue;
    const methods = await exportedMethods(file);
    if (methods.length === 0) problems.push(`${file}: exports no handler`);
    const documented = ENDPOINTS.filter((e) => e.file === file);
    if (documented.length === 0) problems.push(`${file}: no row in tests/reliability/support/endpoints.ts`);
    for (const method of methods) {
      if (listed.has(`${method} ${file}`)) continue;
      const dialect = dialectOf(file);
      if (dialect === "v1" || documented.length === 0) {
        problems.push(`${method} ${file}: exported but not in the matrix`);
        continue;
      }
      // A compat route file exports the seed's other methods as its 405.
      const base = documented[0]!;
      rows.push({ file, method, label: `${method} ${base.path} (not offered)`, endpoint: { ...base, method, expect: NOT_OFFERED[dialect], body: async () => ({}) } });
    }
  }
  for (const e of ENDPOINTS) {
    if (!(await exportedMethods(e.file).catch(() => [] as Method[])).includes(e.method)) problems.push(`${e.method} ${e.file}: in the matrix but not exported`);
  }
  return { rows, problems };
}

const planned = await plan();

describe("the matrix covers every route", () => {
  it("has a row for every exported method of every app/api route file", () => {
    expect(planned.problems).toEqual([]);
    expect(planned.rows.length).toBeGreaterThan(100);
  });
});

describe.each(planned.rows.map((r) => [r.label, r] as const))("%s", (_label, row) => {
  it.each(ACTORS.map((actor, i) => [actor, row.endpoint.expect[i]!] as const))("%s -> %s", async (actor, expected) => {
    const cell = new Cell(world);
    const sent = await resolvePath(row.endpoint, cell);
    const body = row.method === "GET" ? undefined : await row.endpoint.body?.(cell, actor);
    const res = await send(row.file, row.method, sent, { token: tokenOf(world, actor), body, headers: { "x-forwarded-for": "203.0.113.9" } });
    const context = `${row.label} as ${actor}: ${res.status} ${res.text.slice(0, 300)}`;
    expect(matches(expected, res.status), context).toBe(true);
    if (res.status >= 400) expectErrorShape(row.endpoint.dialect, res, context);
    for (const secret of forbiddenStrings(actor, cell, row.endpoint)) {
      expect(res.text.includes(secret), `${context}\nleaks ${secret.slice(0, 24)}…`).toBe(false);
    }
  });
});
