import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "./errors";

/** Who is calling a use-case. Every use-case takes one; none reads cookies. */
export interface Actor {
  userId: string;
  roles: Role[];
  via: "session" | "token" | "system";
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("unauthenticated", "Sign in or send an API token (Authorization: Bearer <token>).");
  return actor;
}

export const hasRole = (actor: Actor, role: Role) => actor.roles.includes(role);
export const isAdmin = (actor: Actor) => hasRole(actor, "admin");
