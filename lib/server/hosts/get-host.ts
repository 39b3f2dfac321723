import type { Db } from "@/lib/db";
import { notFound } from "../errors";
import { isUuid } from "../bookings/load-booking";
import { hostPublicSelect, toHostView, type HostView } from "./host-view";

export async function getHost(db: Db, hostId: string): Promise<HostView> {
  if (!isUuid(hostId)) throw notFound("Host");
  const row = await db.user.findFirst({ where: { id: hostId, roles: { has: "host" }, hostProfile: { isNot: null } }, select: hostPublicSelect });
  if (!row) throw notFound("Host");
  return toHostView(row);
}

export const serviceSelect = {
  id: true,
  kind: true,
  name: true,
  description: true,
  durationMinutes: true,
  priceCents: true,
  currency: true,
  sessionType: true,
  location: true,
  capacity: true,
  bundleCredits: true,
  active: true,
} as const;

export async function listHostServices(db: Db, hostId: string) {
  await getHost(db, hostId);
  return db.service.findMany({ where: { hostId, active: true }, select: serviceSelect, orderBy: [{ priceCents: "asc" }, { name: "asc" }] });
}
