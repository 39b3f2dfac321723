import type { Db } from "@/lib/db";
import type { Actor } from "./actor";
import { issueApiToken } from "./auth/api-tokens";
import { authenticatePassword } from "./authenticate-password";
import type { CreateTokenInput } from "./auth/schemas";

/** POST /api/v1/auth/token: exchange email + password for a personal token. */
export async function createApiTokenWithPassword(db: Db, input: CreateTokenInput) {
  const user = await authenticatePassword(db, input);
  const token = await issueApiToken(db, user.id, input.name ?? "API token");
  return { token: token.token, tokenId: token.id, user };
}

/** Settings page: a signed-in user creates another token. */
export async function createApiToken(db: Db, actor: Actor, name: string) {
  return issueApiToken(db, actor.userId, name);
}

export async function listApiTokens(db: Db, actor: Actor) {
  return db.apiToken.findMany({
    where: { userId: actor.userId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeApiToken(db: Db, actor: Actor, tokenId: string) {
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, userId: actor.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}
