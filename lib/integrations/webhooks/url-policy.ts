// SSRF guard. A webhook URL is chosen by a user and fetched by our server, so
// in production it must not reach loopback, the private network or cloud
// metadata (169.254.169.254). The check runs twice: at creation on the URL
// (fast feedback for literal IPs and localhost) and at delivery on every
// address the name resolves to (see sender.ts), which also defeats a DNS name
// that points inside. Development and tests deliver to 127.0.0.1, hence the
// opt-out.
import { BlockList, isIP } from "node:net";

const privateRanges = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  privateRanges.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  privateRanges.addSubnet(network, prefix, "ipv6");
}

/** IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) are checked as IPv4 by BlockList. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return privateRanges.check(address, family === 4 ? "ipv4" : "ipv6");
}

export function allowPrivateTargets(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.WEBHOOK_ALLOW_PRIVATE === "1" || env.NODE_ENV !== "production";
}

export const MAX_URL_LENGTH = 2000;

/** Why this URL may not receive webhooks, or null when it may. */
export function webhookUrlProblem(raw: string, options: { allowPrivate: boolean }): string | null {
  if (raw.length > MAX_URL_LENGTH) return `Use at most ${MAX_URL_LENGTH} characters.`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter an absolute http(s) URL.";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "Only http and https URLs can receive webhooks.";
  // Credentials in the URL would be stored in clear and sent on every request.
  if (url.username || url.password) return "Credentials in the URL are not allowed.";
  if (options.allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return "Private and loopback addresses cannot receive webhooks.";
  if (isPrivateAddress(host)) return "Private and loopback addresses cannot receive webhooks.";
  return null;
}
