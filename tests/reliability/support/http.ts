// Drives one endpoint row in-process (the route module's exported handler)
// and checks the error shape of its dialect.
import path from "node:path";
import { readdirSync } from "node:fs";
import { expect } from "vitest";
import { callRoute, type CallResult } from "../../support/call-route";
import type { Dialect, Endpoint, Method } from "./endpoints";
import type { Cell } from "./world";

export const API_ROOT = path.resolve(import.meta.dirname, "../../../app/api");
export const METHODS: readonly Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every app/api/**\/route.ts, relative to app/api. */
export function routeFiles(dir = API_ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [path.relative(API_ROOT, full).split(path.sep).join("/")] : [];
  });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const modules = new Map<string, Promise<Record<string, unknown>>>();

export function loadRoute(file: string): Promise<Record<string, unknown>> {
  if (!modules.has(file)) modules.set(file, import(/* @vite-ignore */ path.join(API_ROOT, file)));
  return modules.get(file)!;
}

export async function exportedMethods(file: string): Promise<Method[]> {
  const mod = await loadRoute(file);
  return METHODS.filter((m) => typeof mod[m] === "function");
}

export interface Sent {
  path: string;
  params: Record<string, string>;
}

export async function resolvePath(endpoint: Endpoint, cell: Cell): Promise<Sent> {
  const params = (await endpoint.params?.(cell)) ?? {};
  let p = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? `{${name}}`));
  p += (await endpoint.query?.(cell)) ?? "";
  return { path: p, params };
}

export async function send(
  file: string,
  method: Method,
  sent: Sent,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
): Promise<CallResult> {
  const mod = await loadRoute(file);
  const handler = mod[method] as Handler;
  const headers = { ...options.headers };
  if (options.rawBody !== undefined) headers["content-type"] ??= "application/json";
  return callRoute(handler, { method, path: sent.path, params: sent.params, token: options.token, body: options.body, rawBody: options.rawBody, headers });
}

/** The documented error body of each dialect (docs/compat/*.md; RFC 9457 for /api/v1). */
export function expectErrorShape(dialect: Dialect, res: CallResult, context: string): void {
  const type = res.headers.get("content-type") ?? "";
  const body = res.body as Record<string, unknown> | null;
  switch (dialect) {
    case "v1":
      expect(type, context).toBe("application/problem+json");
      expect(body, context).toMatchObject({ status: res.status, type: expect.any(String), title: expect.any(String), code: expect.any(String) });
      break;
    case "mentorship":
    case "drf":
    case "culturebridge":
      expect(type, context).toMatch(/json/);
      expect(typeof body?.detail === "string" || Array.isArray(body?.detail), context).toBe(true);
      break;
    case "mentara":
      expect(type, context).toMatch(/json/);
      expect(body, context).toMatchObject({ statusCode: res.status, error: expect.any(String) });
      break;
    case "zoom":
      expect(type, context).toMatch(/json/);
      expect(typeof body?.error === "string" || typeof body?.detail === "string", context).toBe(true);
      break;
  }
}
