// The OAuth 2.0 authorization-code flow with PKCE for calendar connections:
// state and verifier are kept server-side (OAuthState, single use, 10 minutes),
// tokens are stored encrypted (CalendarConnection) and refreshed when expired.
import type { Tx } from "@/lib/server/tx";
import { AppError } from "@/lib/server/errors";
import { providerConfig, type CalendarProviderName, type ProviderConfig } from "./config";
import { decryptToken, encryptToken, pkcePair, randomState } from "./crypto";

export const STATE_TTL_MS = 10 * 60_000;
const FETCH_TIMEOUT_MS = 10_000;

export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  expires_in?: number;
  token_type?: string;
  scope?: string;
  id_token?: string;
}

/** Builds the provider's authorization URL and remembers state + PKCE verifier for this user. */
export async function startAuthorization(db: Tx, userId: string, provider: CalendarProviderName, redirectUri: string, now = new Date()) {
  const config = providerConfig(provider);
  const state = randomState();
  const { verifier, challenge } = pkcePair();
  // Abandoned attempts of this user expire; keep the table small.
  await db.oAuthState.deleteMany({ where: { userId, createdAt: { lt: new Date(now.getTime() - STATE_TTL_MS) } } });
  await db.oAuthState.create({ data: { state, userId, provider, codeVerifier: verifier, redirectUri, createdAt: now }, select: { state: true } });
  const url = new URL(config.authUrl);
  const params: Record<string, string> = {
    client_id: config.clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: config.scopes.join(" "),
    state,
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...(provider === "google" ? { access_type: "offline", prompt: "consent", include_granted_scopes: "true" } : { response_mode: "query" }),
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return { authUrl: url.toString(), state };
}

async function postForm(config: ProviderConfig, form: Record<string, string>): Promise<TokenResponse> {
  let response: Response;
  try {
    response = await fetch(config.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: "error",
    });
  } catch (error) {
    throw new AppError("provider_error", `${config.label} token endpoint could not be reached (${error instanceof Error ? error.name : "error"}).`);
  }
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: handled below
  }
  if (!response.ok) {
    const code = typeof body.error === "string" ? body.error : `HTTP ${response.status}`;
    // A refused code or grant is the caller's input; anything else is the provider's fault.
    if (response.status === 400 && (code === "invalid_grant" || code === "invalid_request")) {
      throw new AppError("validation_failed", `${config.label} refused the authorization code (${code}).`, { fields: [{ field: "code", message: code }] });
    }
    throw new AppError("provider_error", `${config.label} token exchange failed (${code}).`);
  }
  if (typeof body.access_token !== "string" || body.access_token === "") {
    throw new AppError("provider_error", `${config.label} token endpoint returned no access_token.`);
  }
  return {
    access_token: body.access_token,
    ...(typeof body.refresh_token === "string" ? { refresh_token: body.refresh_token } : {}),
    ...(typeof body.expires_in === "number" ? { expires_in: body.expires_in } : typeof body.expires_in === "string" && /^\d+$/.test(body.expires_in) ? { expires_in: Number(body.expires_in) } : {}),
    ...(typeof body.token_type === "string" ? { token_type: body.token_type } : {}),
    ...(typeof body.scope === "string" ? { scope: body.scope } : {}),
    ...(typeof body.id_token === "string" ? { id_token: body.id_token } : {}),
  };
}

/** The email claim of an id_token, for display only (never trusted for access). */
function emailOf(idToken: string | undefined): string {
  const payload = idToken?.split(".")[1];
  if (!payload) return "";
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    const email = claims.email ?? claims.preferred_username;
    return typeof email === "string" ? email.slice(0, 320) : "";
  } catch {
    return "";
  }
}

/**
 * Trades the authorization code for tokens. The state must be one this user
 * started for this provider, less than 10 minutes ago, with the same
 * redirect_uri; it is consumed either way.
 */
export async function completeAuthorization(
  db: Tx,
  userId: string,
  provider: CalendarProviderName,
  input: { code: string; state: string; redirectUri: string },
  now = new Date(),
): Promise<TokenResponse> {
  const config = providerConfig(provider);
  const saved = await db.oAuthState.findUnique({ where: { state: input.state } });
  const invalid = () => new AppError("validation_failed", "Invalid or expired state: start again with the auth-url endpoint.", { fields: [{ field: "state", message: "Unknown, expired or already used." }] });
  if (!saved || saved.userId !== userId || saved.provider !== provider) throw invalid();
  // Single use: whoever deletes the row owns the exchange.
  const { count } = await db.oAuthState.deleteMany({ where: { state: saved.state } });
  if (count !== 1 || now.getTime() - saved.createdAt.getTime() > STATE_TTL_MS) throw invalid();
  if (saved.redirectUri !== input.redirectUri) {
    throw new AppError("validation_failed", "redirect_uri does not match the one used to start the authorization.", { fields: [{ field: "redirect_uri", message: "Mismatch." }] });
  }
  const tokens = await postForm(config, {
    grant_type: "authorization_code",
    code: input.code,
    redirect_uri: input.redirectUri,
    client_id: config.clientId,
    client_secret: config.clientSecret,
    code_verifier: saved.codeVerifier,
    ...(provider === "outlook" ? { scope: config.scopes.join(" ") } : {}),
  });
  const expiresAt = tokens.expires_in ? new Date(now.getTime() + tokens.expires_in * 1000) : null;
  const accessTokenEnc = encryptToken(tokens.access_token, config.key);
  const refreshTokenEnc = tokens.refresh_token ? encryptToken(tokens.refresh_token, config.key) : null;
  const accountEmail = emailOf(tokens.id_token);
  await db.calendarConnection.upsert({
    where: { userId_provider: { userId, provider } },
    create: { userId, provider, accessTokenEnc, refreshTokenEnc, expiresAt, scope: tokens.scope ?? config.scopes.join(" "), accountEmail },
    update: {
      accessTokenEnc,
      // Providers send a refresh token only on first consent; keep the old one otherwise.
      ...(refreshTokenEnc ? { refreshTokenEnc } : {}),
      expiresAt,
      ...(tokens.scope ? { scope: tokens.scope } : {}),
      ...(accountEmail ? { accountEmail } : {}),
      // A fresh consent repairs a connection whose refresh token was refused.
      needsReconnect: false,
      lastError: null,
    },
    select: { id: true },
  });
  return tokens;
}

export interface UsableConnection {
  id: string;
  calendarId: string;
  accessToken: string;
  config: ProviderConfig;
}

/**
 * The user's connection with a valid access token (refreshed if it expires
 * within a minute, or when forceRefresh says the provider just refused it), or null.
 */
export async function usableConnection(
  db: Tx,
  userId: string,
  provider: CalendarProviderName,
  now = new Date(),
  options: { forceRefresh?: boolean } = {},
): Promise<UsableConnection | null> {
  const config = providerConfig(provider);
  const connection = await db.calendarConnection.findUnique({ where: { userId_provider: { userId, provider } } });
  if (!connection) return null;
  const reconnect = () => new AppError("validation_failed", `The ${config.label} connection has expired: connect it again.`, { fields: [{ field: "calendar_type", message: "Reconnect." }] });
  let accessToken: string;
  try {
    accessToken = decryptToken(connection.accessTokenEnc, config.key);
  } catch {
    // Sealed with another key (CALENDAR_TOKEN_KEY rotated): the user must reconnect.
    throw reconnect();
  }
  if (!options.forceRefresh && (!connection.expiresAt || connection.expiresAt.getTime() > now.getTime() + 60_000)) {
    return { id: connection.id, calendarId: connection.calendarId, accessToken, config };
  }
  if (!connection.refreshTokenEnc) throw reconnect();
  let refreshToken: string;
  try {
    refreshToken = decryptToken(connection.refreshTokenEnc, config.key);
  } catch {
    throw reconnect();
  }
  const tokens = await postForm(config, {
    grant_type: "refresh_token",
    refresh_token: refreshToken,
    client_id: config.clientId,
    client_secret: config.clientSecret,
    ...(provider === "outlook" ? { scope: config.scopes.join(" ") } : {}),
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "validation_failed") throw reconnect();
    throw error;
  });
  await db.calendarConnection.update({
    where: { id: connection.id },
    data: {
      accessTokenEnc: encryptToken(tokens.access_token, config.key),
      ...(tokens.refresh_token ? { refreshTokenEnc: encryptToken(tokens.refresh_token, config.key) } : {}),
      expiresAt: tokens.expires_in ? new Date(now.getTime() + tokens.expires_in * 1000) : null,
    },
    select: { id: true },
  });
  return { id: connection.id, calendarId: connection.calendarId, accessToken: tokens.access_token, config };
}
