// Google (OAuth 2.0 + Calendar API v3) and Microsoft (identity platform v2.0 +
// Graph) as far as Slotbook uses them: the token endpoint with the
// authorization_code grant (PKCE S256 checked) and the refresh_token grant,
// bearer tokens that expire or get revoked, events CRUD, Google freeBusy
// (which, like Google, counts the events it holds) and Graph calendarView.
import { createHash, randomBytes } from "node:crypto";
import { startServer, type Recorded, type Reply } from "./http-server";

export type FakeCalendarKind = "google" | "microsoft";

export interface FakeCalendarOptions {
  clientId: string;
  clientSecret: string;
  /** Lifetime of access tokens, seconds. */
  expiresIn?: number;
}

export interface FakeEvent {
  id: string;
  calendar: string;
  /** The owner of the token that created it (the fake's user id). */
  owner: string;
  body: Record<string, unknown>;
  start: number;
  end: number;
  hangoutLink?: string;
}

interface Grant {
  user: string;
  email: string;
}

export async function startFakeCalendar(kind: FakeCalendarKind, options: FakeCalendarOptions & { port?: number }) {
  const codes = new Map<string, { challenge: string; user: string; email: string; redirectUri: string }>();
  const accessTokens = new Map<string, Grant>();
  const refreshTokens = new Map<string, Grant>();
  const events = new Map<string, FakeEvent>();
  /** Extra busy blocks per user, e.g. a dentist appointment not made by Slotbook. */
  const busy = new Map<string, Array<{ start: number; end: number; id: string }>>();
  const tokenCalls: Recorded[] = [];
  const apiCalls: Recorded[] = [];
  let failures: { count: number; status: number; match: RegExp } = { count: 0, status: 500, match: /./ };
  let hangMs = 0;
  let counter = 0;

  const prefix = kind === "google" ? "/calendar/v3" : "/v1.0";
  const tokenPath = kind === "google" ? "/token" : "/common/oauth2/v2.0/token";

  function issue(grant: Grant) {
    const access = `${kind}_access_${++counter}_${randomBytes(4).toString("hex")}`;
    const refresh = `${kind}_refresh_${counter}_${randomBytes(4).toString("hex")}`;
    accessTokens.set(access, grant);
    refreshTokens.set(refresh, grant);
    const idToken = `e30.${Buffer.from(JSON.stringify(kind === "google" ? { email: grant.email } : { preferred_username: grant.email })).toString("base64url")}.sig`;
    return { access, refresh, idToken };
  }

  function tokenEndpoint(req: Recorded): Reply {
    tokenCalls.push(req);
    const form = new URLSearchParams(req.body);
    if (form.get("client_id") !== options.clientId || form.get("client_secret") !== options.clientSecret) return { status: 401, json: { error: "invalid_client" } };
    const expires_in = options.expiresIn ?? 3599;
    if (form.get("grant_type") === "authorization_code") {
      const saved = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      if (!saved || saved.redirectUri !== form.get("redirect_uri") || createHash("sha256").update(verifier).digest("base64url") !== saved.challenge) {
        return { status: 400, json: { error: "invalid_grant", error_description: "Bad code, redirect_uri or code_verifier." } };
      }
      const tokens = issue({ user: saved.user, email: saved.email });
      return { status: 200, json: { access_token: tokens.access, refresh_token: tokens.refresh, expires_in, token_type: "Bearer", scope: "calendar", id_token: tokens.idToken } };
    }
    if (form.get("grant_type") === "refresh_token") {
      const grant = refreshTokens.get(form.get("refresh_token") ?? "");
      if (!grant) return { status: 400, json: { error: "invalid_grant", error_description: "Token has been expired or revoked." } };
      const access = `${kind}_access_${++counter}_${randomBytes(4).toString("hex")}`;
      accessTokens.set(access, grant);
      // Google keeps the refresh token; Microsoft rotates it.
      if (kind === "microsoft") {
        refreshTokens.delete(form.get("refresh_token") ?? "");
        const refresh = `${kind}_refresh_${counter}_${randomBytes(4).toString("hex")}`;
        refreshTokens.set(refresh, grant);
        return { status: 200, json: { access_token: access, refresh_token: refresh, expires_in, token_type: "Bearer" } };
      }
      return { status: 200, json: { access_token: access, expires_in, token_type: "Bearer" } };
    }
    return { status: 400, json: { error: "unsupported_grant_type" } };
  }

  const overlaps = (e: { start: number; end: number }, from: number, to: number) => e.start < to && e.end > from;

  function googleApi(req: Recorded, grant: Grant): Reply {
    const body = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
    if (req.method === "POST" && req.path === `${prefix}/freeBusy`) {
      const from = Date.parse(String(body.timeMin));
      const to = Date.parse(String(body.timeMax));
      const items = (body.items as Array<{ id: string }> | undefined) ?? [];
      const ranges = [...(busy.get(grant.user) ?? []), ...[...events.values()].filter((e) => e.owner === grant.user)]
        .filter((r) => overlaps(r, from, to))
        .sort((a, b) => a.start - b.start);
      // Google merges overlapping and touching ranges and names no events.
      const merged: Array<{ start: number; end: number }> = [];
      for (const r of ranges) {
        const last = merged.at(-1);
        if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
        else merged.push({ start: r.start, end: r.end });
      }
      const calendars = Object.fromEntries(
        items.map((item) => [item.id, { busy: merged.map((r) => ({ start: new Date(r.start).toISOString(), end: new Date(r.end).toISOString() })) }]),
      );
      return { status: 200, json: { kind: "calendar#freeBusy", timeMin: body.timeMin, timeMax: body.timeMax, calendars } };
    }
    const list = new RegExp(`^${prefix}/calendars/([^/]+)/events$`).exec(req.path);
    if (list && req.method === "POST") {
      const start = body.start as { dateTime?: string; timeZone?: string } | undefined;
      const end = body.end as { dateTime?: string; timeZone?: string } | undefined;
      if (typeof body.summary !== "string" || !start?.dateTime || !end?.dateTime || !start.timeZone) {
        return { status: 400, json: { error: { code: 400, message: "Missing summary, start or end." } } };
      }
      const id = `gev${++counter}`;
      const event: FakeEvent = { id, calendar: decodeURIComponent(list[1]!), owner: grant.user, body, start: Date.parse(start.dateTime), end: Date.parse(end.dateTime) };
      const request = (body.conferenceData as { createRequest?: { requestId?: string; conferenceSolutionKey?: { type?: string } } } | undefined)?.createRequest;
      if (request && req.query.get("conferenceDataVersion") === "1" && request.conferenceSolutionKey?.type === "hangoutsMeet" && request.requestId) {
        event.hangoutLink = `https://meet.google.com/${randomBytes(2).toString("hex")}-${randomBytes(2).toString("hex")}-${counter}`;
      }
      events.set(id, event);
      return { status: 200, json: present(event) };
    }
    const one = new RegExp(`^${prefix}/calendars/([^/]+)/events/([^/]+)$`).exec(req.path);
    if (one) {
      const event = events.get(decodeURIComponent(one[2]!));
      if (!event || event.owner !== grant.user) return { status: 404, json: { error: { code: 404, message: "Not Found" } } };
      if (req.method === "GET") return { status: 200, json: present(event) };
      if (req.method === "PATCH") {
        Object.assign(event.body, body);
        const start = (body.start as { dateTime?: string } | undefined)?.dateTime;
        const end = (body.end as { dateTime?: string } | undefined)?.dateTime;
        if (start) event.start = Date.parse(start);
        if (end) event.end = Date.parse(end);
        return { status: 200, json: present(event) };
      }
      if (req.method === "DELETE") {
        events.delete(event.id);
        return { status: 204 };
      }
    }
    return { status: 404, json: { error: { code: 404, message: "Not Found" } } };
  }

  function present(event: FakeEvent) {
    return {
      kind: "calendar#event",
      id: event.id,
      status: "confirmed",
      ...event.body,
      ...(event.hangoutLink
        ? {
            hangoutLink: event.hangoutLink,
            conferenceData: { conferenceSolution: { key: { type: "hangoutsMeet" } }, entryPoints: [{ entryPointType: "video", uri: event.hangoutLink }], createRequest: { status: { statusCode: "success" } } },
          }
        : {}),
    };
  }

  const graphTime = (value: unknown) => {
    const v = value as { dateTime?: string; timeZone?: string } | undefined;
    return v?.dateTime && v.timeZone === "UTC" ? Date.parse(`${v.dateTime}Z`) : NaN;
  };

  function graphApi(req: Recorded, grant: Grant): Reply {
    const body = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
    if (req.method === "GET" && req.path === `${prefix}/me/calendarView`) {
      const from = Date.parse(req.query.get("startDateTime") ?? "");
      const to = Date.parse(req.query.get("endDateTime") ?? "");
      if (!Number.isFinite(from) || !Number.isFinite(to)) return { status: 400, json: { error: { code: "ErrorInvalidParameter", message: "startDateTime and endDateTime are required." } } };
      const utc = req.headers.prefer === 'outlook.timezone="UTC"';
      const wall = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}.0000000`;
      const value = [
        ...(busy.get(grant.user) ?? []).map((b) => ({ id: b.id, showAs: "busy", start: b.start, end: b.end })),
        ...[...events.values()].filter((e) => e.owner === grant.user).map((e) => ({ id: e.id, showAs: "busy", start: e.start, end: e.end })),
      ]
        .filter((e) => overlaps(e, from, to))
        .map((e) => ({ id: e.id, showAs: e.showAs, isCancelled: false, start: { dateTime: wall(e.start), timeZone: utc ? "UTC" : "UTC" }, end: { dateTime: wall(e.end), timeZone: "UTC" } }));
      return { status: 200, json: { "@odata.context": "fake", value } };
    }
    if (req.method === "POST" && req.path === `${prefix}/me/events`) {
      const start = graphTime(body.start);
      const end = graphTime(body.end);
      if (typeof body.subject !== "string" || !Number.isFinite(start) || !Number.isFinite(end)) {
        return { status: 400, json: { error: { code: "ErrorInvalidRequest", message: "subject, start and end are required." } } };
      }
      const id = `AAMkAG${++counter}`;
      const event: FakeEvent = { id, calendar: "primary", owner: grant.user, body, start, end };
      events.set(id, event);
      return { status: 201, json: { id, ...body, isCancelled: false, webLink: `https://outlook.office365.com/owa/?itemid=${id}` } };
    }
    const one = new RegExp(`^${prefix}/me/events/([^/]+)$`).exec(req.path);
    if (one) {
      const event = events.get(decodeURIComponent(one[1]!));
      if (!event || event.owner !== grant.user) return { status: 404, json: { error: { code: "ErrorItemNotFound", message: "The specified object was not found in the store." } } };
      if (req.method === "PATCH") {
        Object.assign(event.body, body);
        if (body.start) event.start = graphTime(body.start);
        if (body.end) event.end = graphTime(body.end);
        return { status: 200, json: { id: event.id, ...event.body } };
      }
      if (req.method === "DELETE") {
        events.delete(event.id);
        return { status: 204 };
      }
    }
    return { status: 404, json: { error: { code: "ErrorInvalidUrl", message: "Not found" } } };
  }

  const authPath = kind === "google" ? "/o/oauth2/v2/auth" : "/common/oauth2/v2.0/authorize";

  const server = await startServer(async (req) => {
    if (req.path === tokenPath && req.method === "POST") return tokenEndpoint(req);
    if (req.path === authPath && req.method === "GET") {
      // A consent screen that says yes at once, for trying the flow in a browser.
      if (req.query.get("client_id") !== options.clientId || req.query.get("code_challenge_method") !== "S256" || !req.query.get("redirect_uri")) {
        return { status: 400, json: { error: "invalid_request" } };
      }
      const user = req.query.get("login_hint") ?? "demo";
      const code = `code_${randomBytes(6).toString("hex")}`;
      const redirectUri = req.query.get("redirect_uri")!;
      codes.set(code, { challenge: req.query.get("code_challenge") ?? "", user, email: `${user}@example.com`, redirectUri });
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      back.searchParams.set("state", req.query.get("state") ?? "");
      return { status: 302, headers: { location: back.toString() } };
    }
    apiCalls.push(req);
    if (hangMs > 0) await new Promise((resolve) => setTimeout(resolve, hangMs));
    const token = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1];
    const grant = token ? accessTokens.get(token) : undefined;
    if (!grant) return { status: 401, json: { error: { code: 401, message: "Request had invalid authentication credentials." } } };
    if (failures.count > 0 && failures.match.test(`${req.method} ${req.path}`)) {
      failures.count -= 1;
      return { status: failures.status, json: { error: { code: failures.status, message: "Backend Error" } } };
    }
    return kind === "google" ? googleApi(req, grant) : graphApi(req, grant);
  }, options.port);

  return {
    kind,
    authUrl: `${server.url}${authPath}`,
    tokenUrl: `${server.url}${tokenPath}`,
    apiUrl: `${server.url}${prefix}`,
    events,
    apiCalls,
    tokenCalls,
    /** The user approved the consent screen: a code bound to the request's PKCE challenge and redirect_uri. */
    approve(authUrl: string, user: string, email = `${user}@example.com`): { code: string; state: string } {
      const url = new URL(authUrl);
      const code = `code_${randomBytes(6).toString("hex")}`;
      codes.set(code, { challenge: url.searchParams.get("code_challenge") ?? "", user, email, redirectUri: url.searchParams.get("redirect_uri") ?? "" });
      return { code, state: url.searchParams.get("state") ?? "" };
    },
    addBusy(user: string, start: string, end: string) {
      const list = busy.get(user) ?? [];
      list.push({ id: `external_${++counter}`, start: Date.parse(start), end: Date.parse(end) });
      busy.set(user, list);
    },
    /** The next `count` API calls whose "METHOD /path" matches answer `status`. */
    failNext(count: number, status = 500, match: RegExp = /./) {
      failures = { count, status, match };
    },
    /** Every API answer takes this long (0: back to normal). */
    hang(ms: number) {
      hangMs = ms;
    },
    /** Access tokens stop working (the next API call gets 401). */
    revokeAccessTokens() {
      accessTokens.clear();
    },
    /** The user removed Slotbook's access: refresh tokens are refused too. */
    revokeAll() {
      accessTokens.clear();
      refreshTokens.clear();
    },
    eventsOf(user: string) {
      return [...events.values()].filter((e) => e.owner === user);
    },
    close: server.close,
  };
}

export type FakeCalendar = Awaited<ReturnType<typeof startFakeCalendar>>;
