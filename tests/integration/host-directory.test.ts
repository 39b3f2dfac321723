// The host directory's filters through GET /api/v1/hosts, the same use-case
// the /hosts page renders: "free within N days" is computed from real slots,
// then paged.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as hostsRoute } from "@/app/api/v1/hosts/route";
import { getPrisma } from "@/lib/db";
import { callRoute } from "../support/call-route";
import { makeHost } from "../support/fixtures";

const prisma = getPrisma();
const topic = `directory-${Date.now().toString(36)}`;
const DAY = 86_400_000;

type Listed = { items: Array<{ id: string; name: string }>; total: number; page: number; pageSize: number };

async function host(name: string, availability: "always" | "none" | "in-ten-days") {
  const user = await makeHost({ requiresConfirmation: false });
  await prisma.user.update({ where: { id: user.id }, data: { name }, select: { id: true } });
  await prisma.hostProfile.update({ where: { userId: user.id }, data: { topics: [topic] }, select: { userId: true } });
  if (availability !== "always") await prisma.availabilityRule.deleteMany({ where: { hostId: user.id } });
  if (availability === "in-ten-days") {
    const date = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
    await prisma.availabilityOverride.create({ data: { hostId: user.id, date: new Date(date), startTime: "09:00", endTime: "12:00" }, select: { id: true } });
  }
  return user;
}

let always: { id: string };
let later: { id: string };
let never: { id: string };

beforeAll(async () => {
  always = await host("Ada Always", "always");
  later = await host("Bea Later", "in-ten-days");
  never = await host("Cy Never", "none");
});

const list = (query: string) => callRoute(hostsRoute, { path: `/api/v1/hosts?topic=${topic}${query}` });
const ids = (body: unknown) => (body as Listed).items.map((h) => h.id);

describe("GET /api/v1/hosts?freeWithinDays", () => {
  it.each([
    ["no filter: every host of the topic", "", () => [always.id, later.id, never.id]],
    ["within 3 days: only the host open every day", "&freeWithinDays=3", () => [always.id]],
    ["within 14 days: also the host free in ten days", "&freeWithinDays=14", () => [always.id, later.id]],
    ["within 60 days (the most)", "&freeWithinDays=60", () => [always.id, later.id]],
  ])("%s", async (_label, query, expected) => {
    const res = await list(query);
    expect(res.status, res.text).toBe(200);
    expect(ids(res.body)).toEqual(expected());
    expect((res.body as Listed).total).toBe(expected().length);
  });

  it("pages after filtering: total counts the free hosts only", async () => {
    const res = await list("&freeWithinDays=14&pageSize=1&page=2");
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(ids(res.body)).toEqual([later.id]);
  });

  it("an inactive host is never listed, free or not", async () => {
    await prisma.hostProfile.update({ where: { userId: always.id }, data: { active: false }, select: { userId: true } });
    try {
      expect(ids((await list("&freeWithinDays=14")).body)).toEqual([later.id]);
    } finally {
      await prisma.hostProfile.update({ where: { userId: always.id }, data: { active: true }, select: { userId: true } });
    }
  });

  it.each([["0"], ["61"], ["-1"], ["soon"], ["1.5"]])("freeWithinDays=%s is a 400 problem+json", async (value) => {
    const res = await list(`&freeWithinDays=${value}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });
});
