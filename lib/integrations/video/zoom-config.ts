// Zoom is on when all three Server-to-Server OAuth credentials are set. A
// partial setup is reported (missing names), never half-used.
export interface ZoomConfig {
  accountId: string;
  clientId: string;
  clientSecret: string;
  oauthUrl: string;
  apiUrl: string;
}

const REQUIRED = ["ZOOM_ACCOUNT_ID", "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET"] as const;

export function zoomConfig(env: NodeJS.ProcessEnv = process.env): ZoomConfig | null {
  const accountId = env.ZOOM_ACCOUNT_ID?.trim();
  const clientId = env.ZOOM_CLIENT_ID?.trim();
  const clientSecret = env.ZOOM_CLIENT_SECRET?.trim();
  if (!accountId || !clientId || !clientSecret) return null;
  return {
    accountId,
    clientId,
    clientSecret,
    oauthUrl: env.ZOOM_OAUTH_URL?.trim() || "https://zoom.us/oauth/token",
    apiUrl: (env.ZOOM_API_URL?.trim() || "https://api.zoom.us/v2").replace(/\/+$/, ""),
  };
}

/** Names still missing when some but not all credentials are set. */
export function zoomMissing(env: NodeJS.ProcessEnv = process.env): string[] {
  const missing = REQUIRED.filter((name) => !env[name]?.trim());
  return missing.length === REQUIRED.length ? [] : missing;
}
