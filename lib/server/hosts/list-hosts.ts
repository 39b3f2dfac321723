import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { Page } from "../bookings/list-bookings";
import { hostPublicSelect, toHostView, type HostView } from "./host-view";
import { hostsWithFreeTime } from "./hosts-with-free-time";

export const listHostsQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  topic: z.string().trim().max(60).optional(),
  sessionType: z.enum(["video", "audio", "chat", "email", "in_person"]).optional(),
  maxPriceCents: z.coerce.number().int().min(0).optional(),
  /** Only hosts with a bookable slot within this many days from now. */
  freeWithinDays: z.coerce.number().int().min(1).max(60).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, "At most 100 per page.").default(20),
});
export type ListHostsQuery = z.output<typeof listHostsQuerySchema>;

export async function listHosts(db: Db, query: ListHostsQuery, now = new Date()): Promise<Page<HostView>> {
  const and: Prisma.UserWhereInput[] = [{ roles: { has: "host" } }, { hostProfile: { is: { active: true } } }];
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    and.push({ OR: [{ name: contains }, { hostProfile: { is: { headline: contains } } }, { hostProfile: { is: { bio: contains } } }, { hostProfile: { is: { company: contains } } }] });
  }
  if (query.topic) and.push({ hostProfile: { is: { topics: { has: query.topic.toLowerCase() } } } });
  if (query.sessionType) and.push({ services: { some: { active: true, sessionType: query.sessionType } } });
  if (query.maxPriceCents !== undefined) and.push({ services: { some: { active: true, priceCents: { lte: query.maxPriceCents } } } });
  const where = { AND: and };
  const orderBy: Prisma.UserOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];
  if (query.freeWithinDays !== undefined) {
    // Free time is computed, not stored: filter every match, then page.
    const candidates = await db.user.findMany({ where, select: { id: true }, orderBy });
    const free = await hostsWithFreeTime(db, candidates.map((c) => c.id), query.freeWithinDays, now);
    const ids = candidates.filter((c) => free.has(c.id)).map((c) => c.id);
    const pageIds = ids.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    const rows = await db.user.findMany({ where: { id: { in: pageIds } }, select: hostPublicSelect });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { items: pageIds.flatMap((id) => (byId.has(id) ? [toHostView(byId.get(id)!)] : [])), page: query.page, pageSize: query.pageSize, total: ids.length };
  }
  const [rows, total] = await Promise.all([
    db.user.findMany({ where, select: hostPublicSelect, orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    db.user.count({ where }),
  ]);
  return { items: rows.map(toHostView), page: query.page, pageSize: query.pageSize, total };
}
