// One POST to a subscriber. node:http instead of fetch for two reasons: the
// `lookup` hook lets us refuse private addresses after DNS resolution (no
// window for a name to resolve differently between check and connect), and
// redirects are never followed, so a public URL cannot bounce us inside.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isPrivateAddress, webhookUrlProblem } from "./url-policy";

export interface SendResult {
  /** HTTP status, or null when no response arrived (DNS, refused, timeout). */
  statusCode: number | null;
  error: string | null;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 4);
    const list = addresses as dns.LookupAddress[];
    if (list.length === 0 || list.some((entry) => isPrivateAddress(entry.address))) {
      return callback(Object.assign(new Error(`${hostname} resolves to a private address.`), { code: "EPRIVATE" }), "", 4);
    }
    if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    const first = list[0]!;
    callback(null, first.address, first.family);
  });
};

export function postWebhook(target: string, headers: Record<string, string>, body: string, options: SendOptions): Promise<SendResult> {
  const problem = webhookUrlProblem(target, { allowPrivate: options.allowPrivate });
  if (problem) return Promise.resolve({ statusCode: null, error: problem });
  const url = new URL(target);
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = transport.request(
      url,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "Slotbook-Webhooks/1.0",
        },
        signal: AbortSignal.timeout(options.timeoutMs),
        ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        // Only the status matters; drain the body so the socket can be reused.
        response.resume();
        response.on("error", () => {});
        const status = response.statusCode ?? 0;
        resolve({ statusCode: status, error: status >= 200 && status < 300 ? null : `HTTP ${status}` });
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      const timedOut = error.name === "AbortError" || error.name === "TimeoutError";
      resolve({ statusCode: null, error: timedOut ? `No response within ${options.timeoutMs} ms.` : error.message || String(error.code) });
    });
    request.end(body);
  });
}
