import type { Db } from "@/lib/db";
import type { Actor } from "./actor";
import { notFound } from "./errors";
import { userPublicSelect } from "./user-select";

export async function getMe(db: Db, actor: Actor) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: {
      ...userPublicSelect,
      hostProfile: { select: { headline: true, active: true } },
    },
  });
  if (!user) throw notFound("User");
  return user;
}
