// The signed-in user's own profile (name, avatar, time zone) and "Start
// hosting": a client becomes a host (role + an empty host profile with the
// default booking policy).
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { timeZoneSchema } from "../auth/schemas";
import { notFound } from "../errors";
import { userPublicSelect } from "../user-select";

export const updateProfileSchema = z
  .strictObject({
    name: z.string().trim().min(1, "Enter your name.").max(120, "At most 120 characters.").optional(),
    // "" or null removes the avatar.
    avatarUrl: z
      .union([z.literal(""), z.null(), z.url({ protocol: /^https$/, message: "Use an https:// image URL." }).max(2000, "At most 2000 characters.")])
      .optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change." });
export type UpdateProfileInput = z.output<typeof updateProfileSchema>;

/** Settings page and POST /api/v1/me/tokens: a name to tell tokens apart. */
export const createApiTokenSchema = z.strictObject({
  name: z.string().trim().min(1, "Name the token, e.g. “Zapier” or “Laptop script”.").max(80, "At most 80 characters."),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export async function updateProfile(db: Db, actor: Actor, input: UpdateProfileInput) {
  const { count } = await db.user.updateMany({
    where: { id: actor.userId },
    data: {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.avatarUrl !== undefined ? { avatarUrl: input.avatarUrl || null } : {}),
      ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
    },
  });
  if (count === 0) throw notFound("User");
  return db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: userPublicSelect });
}

/** Adds the host role and a host profile. Idempotent: a host stays a host. */
export async function startHosting(db: Db, actor: Actor) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { roles: true } });
  if (!user) throw notFound("User");
  return db.$transaction(async (tx) => {
    if (!user.roles.includes("host")) {
      await tx.user.update({ where: { id: actor.userId }, data: { roles: { push: "host" } }, select: { id: true } });
    }
    await tx.hostProfile.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId }, update: {}, select: { userId: true } });
    return tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { ...userPublicSelect, hostProfile: { select: { headline: true, active: true } } } });
  });
}
