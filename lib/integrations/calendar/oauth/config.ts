// Google Calendar and Microsoft Outlook (Graph) OAuth settings, read from the
// environment at call time. A provider is "configured" when its client id and
// secret are set and CALENDAR_TOKEN_KEY holds a 32-byte key for the tokens at rest.
import { AppError } from "@/lib/server/errors";
import { tokenKey } from "./crypto";

export type CalendarProviderName = "google" | "outlook";

export interface ProviderConfig {
  provider: CalendarProviderName;
  label: string;
  clientId: string;
  clientSecret: string;
  authUrl: string;
  tokenUrl: string;
  apiUrl: string;
  scopes: string[];
  key: Buffer;
}

const env = (name: string) => {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
};

const SPEC = {
  google: {
    label: "Google Calendar",
    prefix: "GOOGLE",
    authUrl: "https://accounts.google.com/o/oauth2/v2/auth",
    tokenUrl: "https://oauth2.googleapis.com/token",
    apiEnv: "GOOGLE_CALENDAR_API_URL",
    apiUrl: "https://www.googleapis.com/calendar/v3",
    scopes: ["openid", "email", "https://www.googleapis.com/auth/calendar.events"],
  },
  outlook: {
    label: "Outlook Calendar",
    prefix: "MICROSOFT",
    authUrl: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
    tokenUrl: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
    apiEnv: "MICROSOFT_GRAPH_URL",
    apiUrl: "https://graph.microsoft.com/v1.0",
    scopes: ["openid", "email", "offline_access", "User.Read", "Calendars.ReadWrite"],
  },
} as const;

/** The provider's settings, or a feature_disabled AppError (501) naming what to set. */
export function providerConfig(provider: CalendarProviderName): ProviderConfig {
  const spec = SPEC[provider];
  const clientId = env(`${spec.prefix}_CLIENT_ID`);
  const clientSecret = env(`${spec.prefix}_CLIENT_SECRET`);
  if (!clientId || !clientSecret) {
    throw new AppError("feature_disabled", `${spec.label} is not configured on this server (set ${spec.prefix}_CLIENT_ID and ${spec.prefix}_CLIENT_SECRET).`);
  }
  const key = tokenKey();
  if (!key) {
    throw new AppError("feature_disabled", `${spec.label} is not configured on this server (set CALENDAR_TOKEN_KEY to a base64-encoded 32-byte key).`);
  }
  return {
    provider,
    label: spec.label,
    clientId,
    clientSecret,
    authUrl: env(`${spec.prefix}_AUTH_URL`) ?? spec.authUrl,
    tokenUrl: env(`${spec.prefix}_TOKEN_URL`) ?? spec.tokenUrl,
    apiUrl: (env(spec.apiEnv) ?? spec.apiUrl).replace(/\/+$/, ""),
    scopes: [...spec.scopes],
    key,
  };
}
