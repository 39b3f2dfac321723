import type { Prisma } from "@/lib/generated/prisma/client";

/** What anyone may see of a host: never their email. */
export const hostPublicSelect = {
  id: true,
  number: true,
  name: true,
  avatarUrl: true,
  timeZone: true,
  hostProfile: {
    select: {
      headline: true,
      bio: true,
      company: true,
      topics: true,
      active: true,
      slotIntervalMinutes: true,
      durationsMinutes: true,
      minNoticeMinutes: true,
      horizonDays: true,
      minCancelNoticeHours: true,
      requiresConfirmation: true,
      audience: true,
    },
  },
  services: {
    where: { active: true },
    select: { sessionType: true, priceCents: true, currency: true },
  },
} satisfies Prisma.UserSelect;

export type HostRow = Prisma.UserGetPayload<{ select: typeof hostPublicSelect }>;

export function toHostView(row: HostRow) {
  const profile = row.hostProfile;
  const prices = row.services.map((s) => s.priceCents);
  return {
    id: row.id,
    name: row.name,
    avatarUrl: row.avatarUrl,
    timeZone: row.timeZone,
    headline: profile?.headline ?? "",
    bio: profile?.bio ?? "",
    company: profile?.company ?? "",
    topics: profile?.topics ?? [],
    active: profile?.active ?? false,
    sessionTypes: [...new Set(row.services.map((s) => s.sessionType))],
    priceFromCents: prices.length ? Math.min(...prices) : null,
    currency: row.services[0]?.currency ?? null,
    policy: profile
      ? {
          slotIntervalMinutes: profile.slotIntervalMinutes,
          durationsMinutes: profile.durationsMinutes,
          minNoticeMinutes: profile.minNoticeMinutes,
          horizonDays: profile.horizonDays,
          minCancelNoticeHours: profile.minCancelNoticeHours,
          requiresConfirmation: profile.requiresConfirmation,
          audience: profile.audience,
        }
      : null,
  };
}
export type HostView = ReturnType<typeof toHostView>;
