// How a provider call failed decides what the runner does next: retry later
// (outage, rate limit, timeout) or stop now (a request the provider will never
// accept). Messages end up in IntegrationJob.lastError, which the API shows,
// so they never carry credentials.
export class ProviderError extends Error {
  readonly provider: string;
  readonly status: number | null;
  readonly retryable: boolean;

  constructor(provider: string, message: string, options: { status?: number | null; retryable: boolean }) {
    super(`${provider}: ${message}`);
    this.name = "ProviderError";
    this.provider = provider;
    this.status = options.status ?? null;
    this.retryable = options.retryable;
  }
}

/** 408, 425, 429 and 5xx are worth another try; other 4xx are not. */
export function retryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

export function isRetryable(error: unknown): boolean {
  return error instanceof ProviderError ? error.retryable : true;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
