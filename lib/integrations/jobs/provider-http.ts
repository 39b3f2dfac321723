// One HTTP exchange with a provider over the global fetch: a timeout, JSON
// when the provider answers JSON, and transport failures turned into
// retryable ProviderErrors. Callers decide what each status means.
import { ProviderError, retryableStatus } from "./provider-error";

export interface ProviderResponse {
  status: number;
  body: unknown;
  text: string;
}

export interface HttpOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export async function providerRequest(provider: string, url: string, init: RequestInit, options: HttpOptions = {}): Promise<ProviderResponse> {
  const doFetch = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(url, { ...init, redirect: "error", signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    const reason = name === "TimeoutError" || name === "AbortError" ? "no response in time" : `unreachable (${transportReason(error)})`;
    throw new ProviderError(provider, reason, { retryable: true });
  }
  const text = await response.text().catch(() => "");
  let body: unknown = null;
  if (text && (response.headers.get("content-type") ?? "").includes("json")) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  return { status: response.status, body, text };
}

function transportReason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** A non-2xx answer as an error, with the provider's own message when it gave one. */
export function statusError(provider: string, action: string, response: ProviderResponse, detail?: string): ProviderError {
  const message = detail ?? (response.text.slice(0, 200) || "no body");
  return new ProviderError(provider, `${action} failed with HTTP ${response.status}: ${message}`, {
    status: response.status,
    retryable: retryableStatus(response.status),
  });
}

export const isOk = (response: ProviderResponse) => response.status >= 200 && response.status < 300;
