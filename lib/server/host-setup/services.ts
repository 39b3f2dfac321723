// A host's services. Deleting a service that has bookings archives it
// (active = false) so history keeps its name and price.
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { AppError, notFound } from "../errors";
import { isUuid } from "../bookings/load-booking";
import { serviceSelect } from "../hosts/get-host";
import { requireHost } from "./require-host";
import type { CreateServiceInput, UpdateServiceInput } from "./schemas";

export async function listMyServices(db: Db, actor: Actor) {
  requireHost(actor);
  return db.service.findMany({ where: { hostId: actor.userId }, select: serviceSelect, orderBy: [{ active: "desc" }, { name: "asc" }] });
}

export async function createService(db: Db, actor: Actor, input: CreateServiceInput) {
  requireHost(actor);
  const { packageItems, ...fields } = input;
  if (packageItems?.length) {
    const own = await db.service.count({ where: { id: { in: packageItems.map((p) => p.serviceId) }, hostId: actor.userId, kind: { in: ["individual", "group"] } } });
    if (own !== new Set(packageItems.map((p) => p.serviceId)).size) {
      throw new AppError("validation_failed", "A package can only contain your own individual or group services.", { fields: [{ field: "packageItems", message: "Unknown service." }] });
    }
  }
  return db.service.create({
    data: {
      ...fields,
      hostId: actor.userId,
      ...(packageItems?.length ? { packageItems: { create: packageItems.map((p) => ({ serviceId: p.serviceId, quantity: p.quantity })) } } : {}),
    },
    select: serviceSelect,
  });
}

export async function updateService(db: Db, actor: Actor, id: string, input: UpdateServiceInput) {
  requireHost(actor);
  if (!isUuid(id)) throw notFound("Service");
  const { count } = await db.service.updateMany({ where: { id, hostId: actor.userId }, data: input });
  if (count === 0) throw notFound("Service");
  return db.service.findUniqueOrThrow({ where: { id }, select: serviceSelect });
}

export async function deleteService(db: Db, actor: Actor, id: string): Promise<{ archived: boolean }> {
  requireHost(actor);
  if (!isUuid(id)) throw notFound("Service");
  const service = await db.service.findFirst({ where: { id, hostId: actor.userId }, select: { id: true, _count: { select: { bookings: true } } } });
  if (!service) throw notFound("Service");
  if (service._count.bookings > 0) {
    await db.service.update({ where: { id }, data: { active: false }, select: { id: true } });
    return { archived: true };
  }
  await db.service.delete({ where: { id }, select: { id: true } });
  return { archived: false };
}

/** What the host's packages contain (additive, for the services page). */
export async function listMyPackageItems(db: Db, actor: Actor) {
  requireHost(actor);
  return db.packageItem.findMany({
    where: { package: { hostId: actor.userId } },
    select: { packageId: true, serviceId: true, quantity: true, service: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
}
