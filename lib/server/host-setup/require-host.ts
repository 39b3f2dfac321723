import type { Actor } from "../actor";
import { hasRole } from "../actor";
import { AppError } from "../errors";

export function requireHost(actor: Actor): void {
  if (!hasRole(actor, "host")) throw new AppError("forbidden", "Only hosts can manage availability, services and host settings.");
}
