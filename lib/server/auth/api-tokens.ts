// Personal API tokens: random, shown once, stored as a SHA-256 hash. A token is
// high-entropy, so a fast hash is enough and lookups stay a single index probe.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { queryRows } from "../query-rows";

const TOKEN_PREFIX = "sb_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newTokenValue(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export async function issueApiToken(db: Db, userId: string, name: string) {
  const token = newTokenValue();
  const row = await db.apiToken.create({
    data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 10) },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...row, token };
}

/**
 * The actor behind a token, or null for unknown and revoked tokens. Every
 * token-authenticated request starts here, so the lookup is one raw statement
 * (a repository function, see query-rows.ts) rather than a Prisma query.
 */
export async function actorFromToken(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await queryRows<{ id: string; revokedAt: Date | null; lastUsedAt: Date | null; userId: string; roles: Actor["roles"] }>(
    db,
    Prisma.sql`SELECT t."id", t."revokedAt", t."lastUsedAt", u."id" AS "userId", to_json(u."roles") AS "roles"
      FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
      WHERE t."tokenHash" = ${hashToken(token)}`,
    "token_actor",
  );
  if (!row || row.revokedAt) return null;
  // Touch lastUsedAt at most once a minute: a write per request would turn
  // every read into a write.
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > 60_000) {
    await queryRows(db, Prisma.sql`UPDATE "ApiToken" SET "lastUsedAt" = ${new Date(now)}::timestamptz WHERE "id" = ${row.id}::uuid RETURNING 1`, "token_touch");
  }
  return { userId: row.userId, roles: row.roles, via: "token" };
}
