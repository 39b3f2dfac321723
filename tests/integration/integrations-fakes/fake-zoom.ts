// Zoom's Server-to-Server OAuth token endpoint and the meetings API, as far
// as Slotbook uses them, with the checks Zoom makes (Basic credentials,
// bearer tokens that expire or are revoked, body shapes).
import { startServer, type Recorded } from "./http-server";

export interface FakeZoomOptions {
  accountId: string;
  clientId: string;
  clientSecret: string;
  expiresIn?: number;
}

export interface FakeMeeting {
  id: number;
  topic: string;
  type: number;
  start_time: string;
  duration: number;
  timezone: string;
  agenda?: string;
  settings: Record<string, unknown>;
  join_url: string;
  password: string;
}

export async function startFakeZoom(options: FakeZoomOptions) {
  const validTokens = new Set<string>();
  const meetings = new Map<string, FakeMeeting>();
  const apiCalls: Recorded[] = [];
  const tokenCalls: Recorded[] = [];
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let nextId = 85_746_065_000;
  let tokenCount = 0;

  const server = await startServer((req) => {
    if (req.path === "/oauth/token") {
      tokenCalls.push(req);
      const expected = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString("base64")}`;
      if (req.method !== "POST" || req.headers.authorization !== expected) return { status: 401, json: { reason: "Invalid client_id or client_secret", error: "invalid_client" } };
      if (req.query.get("grant_type") !== "account_credentials" || req.query.get("account_id") !== options.accountId) {
        return { status: 400, json: { reason: "Invalid account_id or grant_type", error: "invalid_request" } };
      }
      const token = `zoom_token_${++tokenCount}`;
      validTokens.add(token);
      return { status: 200, json: { access_token: token, token_type: "bearer", expires_in: options.expiresIn ?? 3599, scope: "meeting:write:admin" } };
    }
    apiCalls.push(req);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token || !validTokens.has(token)) return { status: 401, json: { code: 124, message: "Invalid access token." } };
    if (failures.count > 0) {
      failures.count -= 1;
      return { status: failures.status, json: { code: failures.status, message: "Zoom is having a bad day." } };
    }
    const body = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
    if (req.method === "POST" && req.path === "/v2/users/me/meetings") {
      const problems = [
        typeof body.topic === "string" && body.topic.length <= 200 ? null : "topic",
        body.type === 2 ? null : "type",
        typeof body.start_time === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(body.start_time) ? null : "start_time",
        typeof body.duration === "number" ? null : "duration",
        typeof body.timezone === "string" ? null : "timezone",
      ].filter(Boolean);
      if (problems.length) return { status: 400, json: { code: 300, message: `Invalid field: ${problems.join(", ")}` } };
      const id = ++nextId;
      const meeting: FakeMeeting = {
        ...(body as Omit<FakeMeeting, "id" | "join_url" | "password">),
        id,
        join_url: `https://us06web.zoom.us/j/${id}?pwd=secret${id}`,
        password: `pw${id % 10_000}`,
      };
      meetings.set(String(id), meeting);
      return { status: 201, json: { ...meeting, start_url: `https://us06web.zoom.us/s/${id}?zak=host-only`, host_id: "host" } };
    }
    const match = /^\/v2\/meetings\/(\d+)$/.exec(req.path);
    if (match) {
      const meeting = meetings.get(match[1]!);
      if (!meeting) return { status: 404, json: { code: 3001, message: "Meeting does not exist." } };
      if (req.method === "PATCH") {
        Object.assign(meeting, body);
        return { status: 204 };
      }
      if (req.method === "DELETE") {
        meetings.delete(match[1]!);
        return { status: 204 };
      }
    }
    return { status: 404, json: { code: 404, message: "Not found" } };
  });

  return {
    oauthUrl: `${server.url}/oauth/token`,
    apiUrl: `${server.url}/v2`,
    meetings,
    apiCalls,
    tokenCalls,
    /** The next `count` meeting calls answer `status`. */
    failNext(count: number, status = 500) {
      failures = { count, status };
    },
    /** Zoom revoked every token (the next API call gets 401). */
    revokeTokens() {
      validTokens.clear();
    },
    close: server.close,
  };
}

export type FakeZoom = Awaited<ReturnType<typeof startFakeZoom>>;
