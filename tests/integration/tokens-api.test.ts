// /api/v1/me/tokens: request -> status tables for the owner, another user and
// an anonymous caller; a created token works at once and stops at revocation.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/me/tokens/route";
import { DELETE as revokeRoute } from "@/app/api/v1/me/tokens/[id]/route";
import { callRoute } from "../support/call-route";
import { makeUser, type TestUser } from "../support/fixtures";

let owner: TestUser;
let other: TestUser;

interface TokenBody {
  id: string;
  name: string;
  prefix: string;
  token: string;
}

async function create(by: TestUser, name = "Script") {
  const res = await callRoute(createRoute, { method: "POST", token: by.token, body: { name } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as TokenBody;
}

beforeAll(async () => {
  owner = await makeUser({ name: "Owner" });
  other = await makeUser({ name: "Other" });
});

describe("POST /api/v1/me/tokens", () => {
  it.each([
    { name: "owner with a name", as: "owner", body: { name: "Zapier" }, status: 201 },
    { name: "name is trimmed", as: "owner", body: { name: "  Laptop  " }, status: 201 },
    { name: "missing name", as: "owner", body: {}, status: 400, field: "name" },
    { name: "blank name", as: "owner", body: { name: "   " }, status: 400, field: "name" },
    { name: "name too long", as: "owner", body: { name: "x".repeat(81) }, status: 400, field: "name" },
    { name: "unknown field", as: "owner", body: { name: "A", scopes: ["all"] }, status: 400, field: "scopes" },
    { name: "anonymous", as: "anonymous", body: { name: "A" }, status: 401 },
  ] as const)("$name -> $status", async ({ as, body, status, ...rest }) => {
    const res = await callRoute(createRoute, { method: "POST", token: as === "owner" ? owner.token : undefined, body });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (status === 201) {
      const token = res.body as TokenBody;
      expect(token.token).toMatch(/^sb_/);
      expect(token.prefix).toBe(token.token.slice(0, 10));
      expect(token.name).toBe(body.name?.trim());
      expect(res.headers.get("cache-control")).toContain("no-store");
      expect(res.headers.get("location")).toBe(`/api/v1/me/tokens/${token.id}`);
    } else {
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      if ("field" in rest) expect((res.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain(rest.field);
    }
  });
});

describe("GET /api/v1/me/tokens", () => {
  it("lists the caller's own tokens, never the secret", async () => {
    const mine = await create(owner, "Listed");
    const theirs = await create(other, "Not yours");
    const res = await callRoute(listRoute, { token: owner.token });
    expect(res.status).toBe(200);
    const items = (res.body as { items: Array<Record<string, unknown>> }).items;
    expect(items.map((t) => t.id)).toContain(mine.id);
    expect(items.map((t) => t.id)).not.toContain(theirs.id);
    expect(res.text).not.toContain(mine.token);
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt"]);
  });

  it("anonymous -> 401", async () => {
    expect((await callRoute(listRoute, {})).status).toBe(401);
  });
});

describe("DELETE /api/v1/me/tokens/{id}", () => {
  it.each([
    { name: "owner", as: "owner", status: 204 },
    { name: "other user", as: "other", status: 404 },
    { name: "anonymous", as: "anonymous", status: 401 },
  ] as const)("$name -> $status", async ({ as, status }) => {
    const token = await create(owner);
    const by = as === "owner" ? owner.token : as === "other" ? other.token : undefined;
    const res = await callRoute(revokeRoute, { method: "DELETE", token: by, params: { id: token.id } });
    expect(res.status, res.text).toBe(status);
    // Only the owner's revocation takes effect.
    const me = await callRoute(meRoute, { token: token.token });
    expect(me.status).toBe(status === 204 ? 401 : 200);
  });

  it("malformed and unknown ids are 404; revoking twice is fine", async () => {
    expect((await callRoute(revokeRoute, { method: "DELETE", token: owner.token, params: { id: "nope" } })).status).toBe(404);
    expect((await callRoute(revokeRoute, { method: "DELETE", token: owner.token, params: { id: "00000000-0000-4000-8000-000000000000" } })).status).toBe(404);
    const token = await create(owner);
    expect((await callRoute(revokeRoute, { method: "DELETE", token: owner.token, params: { id: token.id } })).status).toBe(204);
    expect((await callRoute(revokeRoute, { method: "DELETE", token: owner.token, params: { id: token.id } })).status).toBe(204);
  });
});

describe("a created token", () => {
  it("authenticates GET /api/v1/me as its owner until it is revoked", async () => {
    const token = await create(owner, "Round trip");
    const me = await callRoute(meRoute, { token: token.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: owner.id });

    const listed = await callRoute(listRoute, { token: token.token });
    const row = (listed.body as { items: Array<{ id: string; lastUsedAt: string | null }> }).items.find((t) => t.id === token.id);
    expect(row?.lastUsedAt).not.toBeNull();

    expect((await callRoute(revokeRoute, { method: "DELETE", token: token.token, params: { id: token.id } })).status).toBe(204);
    const after = await callRoute(meRoute, { token: token.token });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ code: "unauthenticated" });
  });
});
