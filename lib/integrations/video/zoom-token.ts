// Server-to-Server OAuth: one account-credentials token serves every call
// until it expires, so it is cached per process (per credential set) and
// concurrent callers share one in-flight request.
import { createHash } from "node:crypto";
import { ProviderError } from "../jobs/provider-error";
import { isOk, providerRequest, statusError, type HttpOptions } from "../jobs/provider-http";
import type { ZoomConfig } from "./zoom-config";

interface CachedToken {
  token: string;
  expiresAt: number;
}

const tokens = new Map<string, CachedToken>();
const inFlight = new Map<string, Promise<CachedToken>>();

/** Renew a minute early: a token must not expire between check and use. */
const EARLY_RENEWAL_MS = 60_000;

function cacheKey(config: ZoomConfig): string {
  const secret = createHash("sha256").update(config.clientSecret).digest("hex").slice(0, 16);
  return `${config.oauthUrl}|${config.accountId}|${config.clientId}|${secret}`;
}

export interface TokenOptions extends HttpOptions {
  now?: () => Date;
}

export async function zoomAccessToken(config: ZoomConfig, options: TokenOptions = {}): Promise<string> {
  const now = options.now ?? (() => new Date());
  const key = cacheKey(config);
  const cached = tokens.get(key);
  if (cached && cached.expiresAt - EARLY_RENEWAL_MS > now().getTime()) return cached.token;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = requestToken(config, options, now).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  const fresh = await pending;
  tokens.set(key, fresh);
  return fresh.token;
}

/** After a 401 the cached token is no good, whatever its expiry said. */
export function forgetZoomToken(config: ZoomConfig): void {
  tokens.delete(cacheKey(config));
}

async function requestToken(config: ZoomConfig, options: HttpOptions, now: () => Date): Promise<CachedToken> {
  const url = new URL(config.oauthUrl);
  url.searchParams.set("grant_type", "account_credentials");
  url.searchParams.set("account_id", config.accountId);
  const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString("base64");
  const requestedAt = now().getTime();
  const response = await providerRequest("zoom", url.toString(), { method: "POST", headers: { authorization: `Basic ${basic}`, accept: "application/json" } }, options);
  const body = response.body as { access_token?: unknown; expires_in?: unknown; reason?: unknown; error?: unknown } | null;
  if (!isOk(response)) {
    throw statusError("zoom", "token request", response, typeof body?.reason === "string" ? body.reason : typeof body?.error === "string" ? body.error : undefined);
  }
  if (typeof body?.access_token !== "string" || typeof body.expires_in !== "number") {
    throw new ProviderError("zoom", "token response without access_token/expires_in", { status: response.status, retryable: true });
  }
  return { token: body.access_token, expiresAt: requestedAt + body.expires_in * 1000 };
}
