// One calendar API call with the connection's access token: refreshed when
// it expires, refreshed once more when the provider answers 401. A refresh
// token the provider refuses marks the connection as needing reconnection,
// so jobs and free/busy skip it instead of retrying forever.
import type { Tx } from "@/lib/server/tx";
import { AppError } from "@/lib/server/errors";
import { usableConnection, type CalendarProviderName, type UsableConnection } from "../oauth";
import { ProviderError } from "../../jobs/provider-error";
import { providerRequest, type ProviderResponse } from "../../jobs/provider-http";

export interface ConnectionRef {
  id: string;
  userId: string;
  provider: CalendarProviderName;
}

/** The connection cannot be used until its user connects it again (or the server configures the provider). */
export class ConnectionUnusable extends Error {
  constructor(
    readonly connectionId: string,
    readonly reason: "needs_reconnect" | "not_configured",
    message: string,
  ) {
    super(message);
    this.name = "ConnectionUnusable";
  }
}

export async function markNeedsReconnect(db: Tx, connectionId: string, message: string): Promise<void> {
  await db.calendarConnection.updateMany({ where: { id: connectionId }, data: { needsReconnect: true, lastError: message.slice(0, 500) } });
}

async function connect(db: Tx, ref: ConnectionRef, now: Date, forceRefresh: boolean): Promise<UsableConnection> {
  let connection: UsableConnection | null;
  try {
    connection = await usableConnection(db, ref.userId, ref.provider, now, { forceRefresh });
  } catch (error) {
    if (error instanceof AppError && error.code === "feature_disabled") throw new ConnectionUnusable(ref.id, "not_configured", error.message);
    if (error instanceof AppError && error.code === "validation_failed") {
      await markNeedsReconnect(db, ref.id, error.message);
      throw new ConnectionUnusable(ref.id, "needs_reconnect", error.message);
    }
    // The token endpoint is down or answered nonsense: worth another try later.
    throw new ProviderError(ref.provider, error instanceof Error ? error.message : String(error), { retryable: true });
  }
  if (!connection) throw new ConnectionUnusable(ref.id, "needs_reconnect", "The calendar connection is gone.");
  return connection;
}

export interface CallOptions {
  now: Date;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** `path` is relative to the provider's API base URL (GOOGLE_CALENDAR_API_URL, MICROSOFT_GRAPH_URL). */
export async function authorizedCall(
  db: Tx,
  ref: ConnectionRef,
  request: { method: string; path: string; body?: unknown; headers?: Record<string, string> },
  options: CallOptions,
): Promise<{ response: ProviderResponse; connection: UsableConnection }> {
  const send = (connection: UsableConnection) =>
    providerRequest(
      ref.provider,
      `${connection.config.apiUrl}${request.path}`,
      {
        method: request.method,
        headers: {
          authorization: `Bearer ${connection.accessToken}`,
          accept: "application/json",
          ...(request.body === undefined ? {} : { "content-type": "application/json" }),
          ...request.headers,
        },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      },
      { ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) },
    );
  let connection = await connect(db, ref, options.now, false);
  let response = await send(connection);
  if (response.status === 401) {
    // Revoked or expired before its stated expiry: one refresh, one more try.
    connection = await connect(db, ref, options.now, true);
    response = await send(connection);
    if (response.status === 401) {
      const message = `${connection.config.label} refused a freshly refreshed token (HTTP 401): connect it again.`;
      await markNeedsReconnect(db, ref.id, message);
      throw new ConnectionUnusable(ref.id, "needs_reconnect", message);
    }
  }
  return { response, connection };
}
