// A host's clients: everyone with a booking with the host, plus the clients the
// host has related to themselves (ClientHostRelation), which is what a host
// with audience "related_clients" accepts bookings from.
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { emailSchema } from "../auth/schemas";
import { isUuid } from "../bookings/load-booking";
import { AppError, notFound } from "../errors";
import { requireHost } from "./require-host";

export const addClientSchema = z.strictObject({ email: emailSchema });
export type AddClientInput = z.output<typeof addClientSchema>;

// Kinds that are a client's own session with the host (not parents, not the
// host's group occurrence row).
const SESSION_KINDS = ["individual", "seat"] as const;
const UPCOMING = ["pending_payment", "pending", "confirmed"] as const;
const HAPPENED = ["in_progress", "completed", "no_show", "confirmed"] as const;

export interface ClientView {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  sessions: { total: number; completed: number; upcoming: number; cancelled: number };
  lastSessionAt: string | null;
  nextSessionAt: string | null;
  relation: { id: string; active: boolean; createdAt: string } | null;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export async function listClients(db: Db, actor: Actor, now = new Date()): Promise<ClientView[]> {
  requireHost(actor);
  const hostId = actor.userId;
  const base = { hostId, clientId: { not: null }, kind: { in: [...SESSION_KINDS] } };
  // Sequential on purpose: the embedded database serves one connection's
  // protocol messages at a time and can interleave concurrent ones.
  const all = await db.booking.groupBy({ by: ["clientId"], where: { ...base, status: { not: "draft" } }, _count: { _all: true } });
  const completed = await db.booking.groupBy({ by: ["clientId"], where: { ...base, status: "completed" }, _count: { _all: true } });
  const upcoming = await db.booking.groupBy({ by: ["clientId"], where: { ...base, status: { in: [...UPCOMING] }, startAt: { gt: now } }, _count: { _all: true }, _min: { startAt: true } });
  const cancelled = await db.booking.groupBy({ by: ["clientId"], where: { ...base, status: { in: ["cancelled", "declined"] } }, _count: { _all: true } });
  const last = await db.booking.groupBy({ by: ["clientId"], where: { ...base, status: { in: [...HAPPENED] }, startAt: { lte: now } }, _max: { startAt: true } });
  // Parents (courses, packages, bundles) make someone a client too.
  const anyBooking = await db.booking.groupBy({ by: ["clientId"], where: { hostId, clientId: { not: null }, status: { not: "draft" } }, _count: { _all: true } });
  const relations = await db.clientHostRelation.findMany({ where: { hostId }, select: { id: true, clientId: true, active: true, createdAt: true } });
  const count = (rows: Array<{ clientId: string | null; _count: { _all: number } }>) => new Map(rows.map((r) => [r.clientId, r._count._all]));
  const totals = count(all);
  const completedBy = count(completed);
  const upcomingBy = count(upcoming);
  const cancelledBy = count(cancelled);
  const nextBy = new Map(upcoming.map((r) => [r.clientId, r._min.startAt]));
  const lastBy = new Map(last.map((r) => [r.clientId, r._max.startAt]));
  const relationBy = new Map(relations.map((r) => [r.clientId, r]));

  const ids = new Set<string>();
  for (const row of anyBooking) if (row.clientId) ids.add(row.clientId);
  for (const row of relations) ids.add(row.clientId);
  ids.delete(hostId);
  if (ids.size === 0) return [];
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, email: true, timeZone: true } });

  const views = users.map((user): ClientView => {
    const relation = relationBy.get(user.id);
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      timeZone: user.timeZone,
      sessions: {
        total: totals.get(user.id) ?? 0,
        completed: completedBy.get(user.id) ?? 0,
        upcoming: upcomingBy.get(user.id) ?? 0,
        cancelled: cancelledBy.get(user.id) ?? 0,
      },
      lastSessionAt: iso(lastBy.get(user.id)),
      nextSessionAt: iso(nextBy.get(user.id)),
      relation: relation ? { id: relation.id, active: relation.active, createdAt: relation.createdAt.toISOString() } : null,
    };
  });
  // Who the host sees next first, then who they saw most recently, then by name.
  return views.sort((a, b) => {
    if (a.nextSessionAt && b.nextSessionAt) return a.nextSessionAt.localeCompare(b.nextSessionAt);
    if (a.nextSessionAt || b.nextSessionAt) return a.nextSessionAt ? -1 : 1;
    if (a.lastSessionAt && b.lastSessionAt && a.lastSessionAt !== b.lastSessionAt) return b.lastSessionAt.localeCompare(a.lastSessionAt);
    if (a.lastSessionAt || b.lastSessionAt) return a.lastSessionAt ? -1 : 1;
    return a.name.localeCompare(b.name) || a.email.localeCompare(b.email);
  });
}

async function clientView(db: Db, actor: Actor, clientId: string): Promise<ClientView> {
  const view = (await listClients(db, actor)).find((c) => c.id === clientId);
  if (!view) throw notFound("Client");
  return view;
}

/** Relates a client to the host (or reactivates the relation). `created` is false when it already was active. */
export async function addClient(db: Db, actor: Actor, input: AddClientInput): Promise<{ created: boolean; client: ClientView }> {
  requireHost(actor);
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!user) {
    const message = "No Slotbook account uses this email. Ask them to sign up first.";
    throw new AppError("not_found", message, { fields: [{ field: "email", message }] });
  }
  if (user.id === actor.userId) {
    const message = "That’s your own email: add someone else.";
    throw new AppError("validation_failed", message, { fields: [{ field: "email", message }] });
  }
  const existing = await db.clientHostRelation.findUnique({ where: { clientId_hostId: { clientId: user.id, hostId: actor.userId } }, select: { active: true } });
  await db.clientHostRelation.upsert({
    where: { clientId_hostId: { clientId: user.id, hostId: actor.userId } },
    create: { clientId: user.id, hostId: actor.userId, active: true },
    update: { active: true },
    select: { id: true },
  });
  return { created: !existing?.active, client: await clientView(db, actor, user.id) };
}

/** Ends a relation (the row stays, inactive). Someone else's or unknown client: 404. */
export async function deactivateClient(db: Db, actor: Actor, clientId: string): Promise<ClientView> {
  requireHost(actor);
  if (!isUuid(clientId)) throw notFound("Client relationship");
  const relation = await db.clientHostRelation.findUnique({ where: { clientId_hostId: { clientId, hostId: actor.userId } }, select: { id: true, active: true } });
  if (!relation) throw notFound("Client relationship");
  if (relation.active) await db.clientHostRelation.update({ where: { id: relation.id }, data: { active: false }, select: { id: true } });
  return clientView(db, actor, clientId);
}
