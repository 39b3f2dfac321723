// The double-booking guard lives in the database (exclusion constraints in the
// init migration). These tests drive it directly, without the use-cases, on
// PGlite by default and on PostgreSQL when TEST_DATABASE_URL is set.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import type { BookingKind, BookingStatus } from "@/lib/generated/prisma/enums";
import { isExclusionViolation, violatedConstraint } from "@/lib/server/db-errors";
import { newBookingCode } from "@/lib/server/booking-code";

const prisma = getPrisma();
let host: string;
let host2: string;
let client: string;
let client2: string;

const at = (hhmm: string, day = "2030-01-07") => new Date(`${day}T${hhmm}:00Z`);

async function insert(data: {
  hostId?: string;
  clientId?: string | null;
  start: string;
  end: string;
  status?: BookingStatus;
  kind?: BookingKind;
  occurrenceId?: string;
}) {
  return prisma.booking.create({
    data: {
      code: newBookingCode(),
      hostId: data.hostId ?? host,
      clientId: data.clientId === undefined ? client : data.clientId,
      startAt: at(data.start),
      endAt: at(data.end),
      durationMinutes: 30,
      status: data.status ?? "pending",
      kind: data.kind ?? "individual",
      occurrenceId: data.occurrenceId,
    },
    select: { id: true },
  });
}

async function expectOverlapRejected(promise: Promise<unknown>, constraint: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "insert should have been rejected").not.toBeNull();
  expect(isExclusionViolation(error)).toBe(true);
  expect(violatedConstraint(error)).toBe(constraint);
}

beforeAll(async () => {
  const mk = (email: string) => prisma.user.create({ data: { email, name: email }, select: { id: true } });
  host = (await mk("h1@test.dev")).id;
  host2 = (await mk("h2@test.dev")).id;
  client = (await mk("c1@test.dev")).id;
  client2 = (await mk("c2@test.dev")).id;
});

describe("exclusion constraints", () => {
  it("rejects a second overlapping blocking booking of one host, whatever the blocking status", async () => {
    await insert({ start: "09:00", end: "10:00", status: "confirmed" });
    for (const status of ["pending", "pending_payment", "confirmed", "in_progress"] as const) {
      await expectOverlapRejected(
        insert({ clientId: client2, start: "09:30", end: "10:30", status }),
        "booking_host_no_overlap",
      );
    }
  });

  it("lets touching intervals through: ranges are half-open", async () => {
    await insert({ start: "11:00", end: "11:30", status: "confirmed" });
    await expect(insert({ clientId: client2, start: "11:30", end: "12:00" })).resolves.toBeTruthy();
  });

  it("ignores statuses that do not block time", async () => {
    for (const status of ["cancelled", "declined", "completed", "no_show", "draft"] as const) {
      await insert({ clientId: client2, start: "13:00", end: "14:00", status });
    }
    await expect(insert({ start: "13:00", end: "14:00" })).resolves.toBeTruthy();
  });

  it("keeps one client out of two sessions at once, across hosts", async () => {
    await insert({ hostId: host, start: "15:00", end: "16:00" });
    await expectOverlapRejected(insert({ hostId: host2, start: "15:30", end: "16:30" }), "booking_client_no_overlap");
  });

  it("lets seats of one group session share the host's time, and blocks the host elsewhere", async () => {
    const occurrence = await insert({ clientId: null, kind: "group_session", start: "17:00", end: "18:00", status: "confirmed" });
    const seat = (clientId: string) => insert({ clientId, kind: "seat", occurrenceId: occurrence.id, start: "17:00", end: "18:00" });
    await expect(seat(client)).resolves.toBeTruthy();
    await expect(seat(client2)).resolves.toBeTruthy();
    await expectOverlapRejected(insert({ clientId: client2, hostId: host, start: "17:30", end: "18:30", kind: "individual" }), "booking_host_no_overlap");
  });

  it("refuses empty or inverted ranges", async () => {
    await expect(insert({ start: "19:00", end: "19:00" })).rejects.toThrow();
    await expect(insert({ start: "20:00", end: "19:00" })).rejects.toThrow();
  });
});
