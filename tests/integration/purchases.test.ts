// POST /api/v1/bookings/purchases: buying a course, package or bundle through
// the core use-case createPurchase. Request -> status/body for every case.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as purchaseRoute } from "@/app/api/v1/bookings/purchases/route";
import { POST as bookRoute } from "@/app/api/v1/bookings/route";
import { getPrisma } from "@/lib/db";
import { newBookingCode } from "@/lib/server/booking-code";
import { callRoute } from "../support/call-route";
import { futureStart, makeAdmin, makeHost, makeUser, type TestUser } from "../support/fixtures";

let seller: TestUser;
let picky: TestUser; // audience related_clients
let client: TestUser;
let admin: TestUser;
const svc: Record<string, string> = {};

type View = { id: string; kind: string; status: string; paymentStatus: string; priceCents: number; creditsTotal: number | null; clientId: string; hostId: string; start: string | null; children: Array<{ id: string; kind: string; parentId: string; occurrenceId: string; start: string; status: string; priceCents: number }> };

const buy = (by: TestUser | null, body: unknown) => callRoute(purchaseRoute, { method: "POST", token: by?.token, body });

async function occurrence(serviceId: string, hostId: string, days: number, hh: number, capacity = 5) {
  const start = new Date(futureStart(days, hh));
  return getPrisma().booking.create({
    data: { code: newBookingCode(), kind: "group_session", hostId, serviceId, startAt: start, endAt: new Date(start.getTime() + 3_600_000), durationMinutes: 60, capacity, status: "confirmed", title: `Session ${days}` },
    select: { id: true },
  });
}

beforeAll(async () => {
  const prisma = getPrisma();
  seller = await makeHost({ requiresConfirmation: true });
  picky = await makeHost({ audience: "related_clients" });
  client = await makeUser();
  admin = await makeAdmin();
  const make = async (key: string, data: Parameters<typeof prisma.service.create>[0]["data"]) => {
    svc[key] = (await prisma.service.create({ data, select: { id: true } })).id;
  };
  await make("single", { hostId: seller.id, name: "Single", durationMinutes: 60, priceCents: 4000 });
  await make("other", { hostId: seller.id, name: "Other", durationMinutes: 30, priceCents: 1000 });
  await make("course", { hostId: seller.id, kind: "course", name: "Course", durationMinutes: 60, priceCents: 9000 });
  await make("freeCourse", { hostId: seller.id, kind: "course", name: "Free course", durationMinutes: 60 });
  await make("emptyCourse", { hostId: seller.id, kind: "course", name: "Empty course", durationMinutes: 60 });
  await make("tinyCourse", { hostId: seller.id, kind: "course", name: "Tiny course", durationMinutes: 60 });
  await make("package", { hostId: seller.id, kind: "package", name: "Package", durationMinutes: 60, priceCents: 10000 });
  await make("bundle", { hostId: seller.id, kind: "bundle", name: "Bundle", durationMinutes: 60, priceCents: 15000, bundleCredits: 4 });
  await make("inactive", { hostId: seller.id, kind: "bundle", name: "Old bundle", durationMinutes: 60, bundleCredits: 4, active: false });
  await make("pickyBundle", { hostId: picky.id, kind: "bundle", name: "Picky bundle", durationMinutes: 60, bundleCredits: 2 });
  await prisma.packageItem.create({ data: { packageId: svc.package!, serviceId: svc.single!, quantity: 2 } });
  await occurrence(svc.course!, seller.id, 20, 18);
  await occurrence(svc.course!, seller.id, 27, 18);
  await occurrence(svc.course!, seller.id, -7, 18); // past: no seat
  await occurrence(svc.freeCourse!, seller.id, 21, 18);
  await occurrence(svc.tinyCourse!, seller.id, 22, 18, 1);
});

describe("POST /api/v1/bookings/purchases", () => {
  it("course: a confirmed parent and one seat per future occurrence", async () => {
    const res = await buy(client, { serviceId: svc.course, notes: "Looking forward" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const view = res.body as View;
    expect(res.headers.get("location")).toBe(`/api/v1/bookings/${view.id}`);
    expect(view).toMatchObject({ kind: "course", status: "confirmed", paymentStatus: "unpaid", priceCents: 9000, clientId: client.id, hostId: seller.id, start: null });
    expect(view.children.map((c) => [c.kind, c.parentId, c.start, c.status, c.priceCents])).toEqual([
      ["seat", view.id, futureStart(20, 18), "confirmed", 0],
      ["seat", view.id, futureStart(27, 18), "confirmed", 0],
    ]);
    const event = await getPrisma().outboxEvent.findFirst({ where: { bookingId: view.id, type: "booking.created" }, select: { payload: true, audience: true } });
    expect(event?.payload).toMatchObject({ kind: "course", children: view.children.map((c) => c.id) });
    expect(event?.audience.sort()).toEqual([client.id, seller.id].sort());
  });

  it("a free course needs no payment", async () => {
    const res = await buy(client, { serviceId: svc.freeCourse });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ paymentStatus: "not_required", children: [expect.objectContaining({ kind: "seat" })] });
  });

  it("package: credits for its services, spent by booking that service", async () => {
    const res = await buy(client, { serviceId: svc.package });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const view = res.body as View;
    expect(view).toMatchObject({ kind: "package", creditsTotal: 2, children: [] });
    const ledger = await getPrisma().creditLedger.findMany({ where: { bookingId: view.id }, select: { serviceId: true, delta: true } });
    expect(ledger).toEqual([{ serviceId: svc.single, delta: 2 }]);
    const booked = await callRoute(bookRoute, { method: "POST", token: client.token, body: { hostId: seller.id, serviceId: svc.single, start: futureStart(30, 9), useCredit: true } });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    expect(booked.body).toMatchObject({ priceCents: 0, paymentStatus: "not_required" });
    // Package credits are for their service only.
    const other = await callRoute(bookRoute, { method: "POST", token: client.token, body: { hostId: seller.id, serviceId: svc.other, start: futureStart(30, 12), useCredit: true } });
    expect(other.status).toBe(400);
  });

  it("bundle: generic credits with the host", async () => {
    const res = await buy(client, { serviceId: svc.bundle, timeZone: "Europe/Paris" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const view = res.body as View & { timeZone: string };
    expect(view).toMatchObject({ kind: "bundle", creditsTotal: 4, priceCents: 15000, timeZone: "Europe/Paris" });
    const ledger = await getPrisma().creditLedger.findMany({ where: { bookingId: view.id }, select: { serviceId: true, delta: true } });
    expect(ledger).toEqual([{ serviceId: null, delta: 4 }]);
    const other = await callRoute(bookRoute, { method: "POST", token: client.token, body: { hostId: seller.id, serviceId: svc.other, start: futureStart(31, 12), useCredit: true } });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
  });

  it.each([
    { name: "anonymous", by: () => null, body: () => ({ serviceId: svc.bundle }), status: 401, code: "unauthenticated" },
    { name: "unknown service", by: () => client, body: () => ({ serviceId: "00000000-0000-4000-8000-000000000000" }), status: 404, code: "not_found" },
    { name: "inactive service", by: () => client, body: () => ({ serviceId: svc.inactive }), status: 404, code: "not_found" },
    { name: "not a uuid", by: () => client, body: () => ({ serviceId: "42" }), status: 400, code: "validation_failed" },
    { name: "an individual service", by: () => client, body: () => ({ serviceId: svc.single }), status: 400, code: "validation_failed" },
    { name: "buying from yourself", by: () => seller, body: () => ({ serviceId: svc.bundle }), status: 400, code: "validation_failed" },
    { name: "a stranger to a related-clients host", by: () => client, body: () => ({ serviceId: svc.pickyBundle }), status: 403, code: "forbidden" },
    { name: "an unknown field", by: () => client, body: () => ({ serviceId: svc.bundle, priceCents: 0 }), status: 400, code: "validation_failed" },
    { name: "a course with no upcoming session", by: () => client, body: () => ({ serviceId: svc.emptyCourse }), status: 409, code: "slot_unavailable" },
    { name: "the same course twice", by: () => client, body: () => ({ serviceId: svc.course }), status: 409, code: "slot_unavailable" },
  ])("$name -> $status", async ({ by, body, status, code }) => {
    const before = await getPrisma().booking.count();
    const res = await buy(by(), body());
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body).toMatchObject({ code });
    expect(await getPrisma().booking.count()).toBe(before);
  });

  it("a related client may buy from a related-clients host", async () => {
    await getPrisma().clientHostRelation.create({ data: { clientId: admin.id, hostId: picky.id } });
    expect((await buy(admin, { serviceId: svc.pickyBundle })).status).toBe(201);
  });

  it("a full occurrence refuses the whole course (409 capacity_full), nothing is kept", async () => {
    const first = await makeUser();
    expect((await buy(first, { serviceId: svc.tinyCourse })).status).toBe(201);
    const before = await getPrisma().booking.count();
    const res = await buy(client, { serviceId: svc.tinyCourse });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: "slot_unavailable", reason: "capacity_full" });
    expect(await getPrisma().booking.count()).toBe(before);
  });

  it("a seat overlapping the client's own session is refused by the database (409 booking_conflict)", async () => {
    const busy = await makeUser();
    const other = await makeHost({ requiresConfirmation: false });
    const own = await callRoute(bookRoute, { method: "POST", token: busy.token, body: { hostId: other.id, start: futureStart(20, 18), duration: 60 } });
    expect(own.status).toBe(201);
    const res = await buy(busy, { serviceId: svc.course });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: "booking_conflict" });
    expect(await getPrisma().booking.count({ where: { clientId: busy.id } })).toBe(1);
  });

  it("concurrent buyers of the last seat: exactly one wins", async () => {
    const course = (await getPrisma().service.create({ data: { hostId: seller.id, kind: "course", name: "Last seat", durationMinutes: 60 }, select: { id: true } })).id;
    await occurrence(course, seller.id, 40, 7, 1);
    const buyers = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    const results = await Promise.all(buyers.map((b) => buy(b, { serviceId: course })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
  });
});
