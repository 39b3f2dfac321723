// Every entry point resolves its caller here: an API token in the Authorization
// header (Bearer or Token, the forms our seed APIs use) or the browser's
// next-auth session cookie.
import { getToken } from "next-auth/jwt";
import { getPrisma } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { actorFromToken } from "@/lib/server/auth/api-tokens";

export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^(?:Bearer|Token)\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

function cookieMap(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

export async function authenticate(request: Request): Promise<Actor | null> {
  const db = getPrisma();
  if (request.headers.has("authorization")) {
    const token = bearerToken(request);
    // A malformed or revoked token is an anonymous caller, never a fallback to the cookie.
    return token ? actorFromToken(db, token) : null;
  }
  const cookies = cookieMap(request);
  if (!Object.keys(cookies).some((name) => name.includes("next-auth.session-token"))) return null;
  const jwt = await getToken({
    req: { cookies, headers: Object.fromEntries(request.headers) } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: process.env.NEXTAUTH_SECRET,
  });
  if (!jwt?.sub) return null;
  const user = await db.user.findUnique({ where: { id: jwt.sub }, select: { id: true, roles: true } });
  return user ? { userId: user.id, roles: user.roles, via: "session" } : null;
}
