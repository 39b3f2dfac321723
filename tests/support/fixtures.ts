// Users, hosts and tokens for integration tests, created straight through the
// use-cases and Prisma so each test file builds exactly the world it needs.
import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { issueApiToken } from "@/lib/server/auth/api-tokens";

export interface TestUser {
  id: string;
  email: string;
  token: string;
}

export async function makeUser(options: { roles?: Role[]; name?: string; timeZone?: string } = {}): Promise<TestUser> {
  const prisma = getPrisma();
  const email = `${randomUUID().slice(0, 8)}@test.dev`;
  const roles = options.roles ?? ["client"];
  const user = await prisma.user.create({
    data: { email, name: options.name ?? email.split("@")[0] ?? "user", roles, timeZone: options.timeZone ?? "UTC" },
    select: { id: true },
  });
  const { token } = await issueApiToken(prisma, user.id, "test");
  return { id: user.id, email, token };
}

/** A host open 24/7 in UTC with no notice, so any aligned future start is bookable. */
export async function makeHost(
  profile: Partial<{ requiresConfirmation: boolean; minNoticeMinutes: number; minCancelNoticeHours: number; audience: "anyone" | "related_clients"; durationsMinutes: number[]; bufferAfterMinutes: number; active: boolean }> = {},
  options: { timeZone?: string } = {},
): Promise<TestUser> {
  const host = await makeUser({ roles: ["host", "client"], timeZone: options.timeZone ?? "UTC" });
  const prisma = getPrisma();
  await prisma.hostProfile.create({
    data: { userId: host.id, minNoticeMinutes: 0, horizonDays: 365, requiresConfirmation: true, ...profile },
    select: { userId: true },
  });
  await prisma.availabilityRule.createMany({
    data: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ hostId: host.id, dayOfWeek, startTime: "00:00", endTime: "24:00" })),
  });
  return host;
}

export async function makeAdmin(): Promise<TestUser> {
  return makeUser({ roles: ["admin", "client"] });
}

/** An aligned UTC start `days` days from now at hh:mm. */
export function futureStart(days: number, hh = 10, mm = 0): string {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hh, mm, 0, 0);
  return d.toISOString();
}

/** A start about `hours` from now, rounded up to the next half hour. */
export function startInHours(hours: number): string {
  const half = 30 * 60_000;
  return new Date(Math.ceil((Date.now() + hours * 3_600_000) / half) * half).toISOString();
}
