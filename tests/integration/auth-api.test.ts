// Request -> status/body tables for sign-up, token exchange, /me, health and ping.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as signup } from "@/app/api/v1/auth/signup/route";
import { POST as tokenRoute } from "@/app/api/v1/auth/token/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as health } from "@/app/api/health/route";
import { GET as ping } from "@/app/api/ping/route";
import { createPrismaClient, getPrisma, setPrisma } from "@/lib/db";
import { callRoute } from "../support/call-route";

const valid = { email: "Ada@Example.com", password: "correct horse", name: "Ada Lovelace" };

describe("POST /api/v1/auth/signup", () => {
  const cases: Array<{ name: string; body?: unknown; rawBody?: string; status: number; code?: string; field?: string }> = [
    { name: "valid sign-up", body: valid, status: 201 },
    { name: "same email again, other case", body: { ...valid, email: "ada@example.COM" }, status: 409, code: "email_taken", field: "email" },
    { name: "host and client roles with a zone", body: { email: "grace@example.com", password: "12345678", name: "Grace", roles: ["client", "host"], timeZone: "Asia/Kolkata" }, status: 201 },
    { name: "zone alias is accepted", body: { email: "alias@example.com", password: "12345678", name: "Alias", timeZone: "US/Eastern" }, status: 201 },
    { name: "unknown zone", body: { ...valid, email: "z@example.com", timeZone: "Mars/Olympus" }, status: 400, code: "validation_failed", field: "timeZone" },
    { name: "short password", body: { ...valid, email: "p@example.com", password: "short" }, status: 400, code: "validation_failed", field: "password" },
    { name: "bad email", body: { ...valid, email: "not-an-email" }, status: 400, code: "validation_failed", field: "email" },
    { name: "admin role cannot be self-assigned", body: { ...valid, email: "x@example.com", roles: ["admin"] }, status: 400, code: "validation_failed", field: "roles.0" },
    { name: "unknown field is rejected, not mass-assigned", body: { ...valid, email: "y@example.com", roles: ["client"], isAdmin: true }, status: 400, code: "validation_failed", field: "isAdmin" },
    { name: "malformed JSON", rawBody: "{nope", status: 400, code: "invalid_json" },
    { name: "oversized body", body: { ...valid, email: "big@example.com", name: "x".repeat(70_000) }, status: 413, code: "payload_too_large" },
  ];

  it.each(cases)("$name -> $status", async ({ body, rawBody, status, code, field }) => {
    const res = await callRoute(signup, { method: "POST", body, rawBody, headers: rawBody ? { "content-type": "application/json" } : {} });
    expect(res.status).toBe(status);
    if (status === 201) {
      const user = (res.body as { user: Record<string, unknown> }).user;
      expect(user).toMatchObject({ email: expect.stringMatching(/^[a-z@.]+$/) });
      expect(JSON.stringify(res.body)).not.toContain("passwordHash");
      return;
    }
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    if (field) expect((res.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain(field);
  });

  it("creates a host profile for hosts only", async () => {
    const grace = await getPrisma().user.findUnique({ where: { email: "grace@example.com" }, select: { hostProfile: { select: { userId: true } }, timeZone: true } });
    expect(grace?.hostProfile).not.toBeNull();
    expect(grace?.timeZone).toBe("Asia/Kolkata");
    const ada = await getPrisma().user.findUnique({ where: { email: "ada@example.com" }, select: { hostProfile: true, roles: true } });
    expect(ada?.hostProfile).toBeNull();
    expect(ada?.roles).toEqual(["client"]);
  });
});

describe("POST /api/v1/auth/token and GET /api/v1/me", () => {
  let token = "";

  beforeAll(async () => {
    await callRoute(signup, { method: "POST", body: { email: "tok@example.com", password: "password-1", name: "Tok" } });
  });

  it.each([
    { name: "wrong password", body: { email: "tok@example.com", password: "nope-nope" }, status: 401, code: "invalid_credentials" },
    { name: "unknown email, same answer", body: { email: "ghost@example.com", password: "nope-nope" }, status: 401, code: "invalid_credentials" },
    { name: "missing password", body: { email: "tok@example.com" }, status: 400, code: "validation_failed" },
  ])("$name -> $status", async ({ body, status, code }) => {
    const res = await callRoute(tokenRoute, { method: "POST", body });
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ code });
  });

  it("issues a token that is shown once and stored hashed", async () => {
    const res = await callRoute(tokenRoute, { method: "POST", body: { email: "TOK@example.com", password: "password-1" } });
    expect(res.status).toBe(201);
    const body = res.body as { token: string; user: { email: string } };
    expect(body.token).toMatch(/^sb_[A-Za-z0-9_-]{40,}$/);
    expect(body.user.email).toBe("tok@example.com");
    token = body.token;
    const stored = await getPrisma().apiToken.findMany({ select: { tokenHash: true } });
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);
  });

  it.each([
    { name: "Bearer token", headers: () => ({ authorization: `Bearer ${token}` }), status: 200 },
    { name: "Token token (DRF form)", headers: () => ({ authorization: `Token ${token}` }), status: 200 },
    { name: "no credentials", headers: () => ({}), status: 401 },
    { name: "garbage token", headers: () => ({ authorization: "Bearer sb_garbage" }), status: 401 },
    { name: "unknown scheme", headers: () => ({ authorization: `Basic ${token}` }), status: 401 },
  ])("GET /me with $name -> $status", async ({ headers, status }) => {
    const res = await callRoute(me, { headers: headers() });
    expect(res.status).toBe(status);
    if (status === 200) expect(res.body).toMatchObject({ email: "tok@example.com", roles: ["client"] });
    else expect(res.body).toMatchObject({ status: 401, code: "unauthenticated" });
  });

  it("rejects a revoked token", async () => {
    await getPrisma().apiToken.updateMany({ data: { revokedAt: new Date() } });
    const res = await callRoute(me, { token });
    expect(res.status).toBe(401);
  });
});

describe("GET /api/health", () => {
  it("says ok when the database answers", async () => {
    const res = await callRoute(health);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", db: "ok" });
  });

  it("says 503 db down when the database is unreachable", async () => {
    const real = getPrisma();
    const unreachable = createPrismaClient("postgres://nobody@127.0.0.1:1/none");
    setPrisma(unreachable);
    try {
      const res = await callRoute(health);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ db: "down" });
    } finally {
      setPrisma(real);
      await unreachable.$disconnect();
    }
  });
});

describe("GET /api/ping", () => {
  it("answers ok without the database, even when it is unreachable", async () => {
    const real = getPrisma();
    const unreachable = createPrismaClient("postgres://nobody@127.0.0.1:1/none");
    setPrisma(unreachable);
    try {
      const res = await callRoute(ping);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: "ok" });
      expect(res.headers.get("cache-control")).toBe("no-store");
    } finally {
      setPrisma(real);
      await unreachable.$disconnect();
    }
  });
});
