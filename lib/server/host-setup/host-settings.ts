// The host's profile and booking policy. The policy is checked by the engine's
// own validator, so anything saved here is something the engine accepts.
import { validatePolicy } from "@/lib/domain";
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { AppError } from "../errors";
import { requireHost } from "./require-host";
import type { HostSettingsInput } from "./schemas";

const settingsSelect = {
  headline: true,
  bio: true,
  company: true,
  topics: true,
  active: true,
  slotIntervalMinutes: true,
  durationsMinutes: true,
  bufferBeforeMinutes: true,
  bufferAfterMinutes: true,
  minNoticeMinutes: true,
  horizonDays: true,
  minCancelNoticeHours: true,
  requiresConfirmation: true,
  audience: true,
  dailyBookingLimit: true,
  weeklyBookingLimit: true,
  refundFullNoticeHours: true,
  videoProvider: true,
  user: { select: { timeZone: true } },
} as const;

type SettingsRow = { user: { timeZone: string } } & Record<string, unknown>;
function toView<T extends SettingsRow>(row: T) {
  const { user, ...rest } = row;
  return { ...rest, timeZone: user.timeZone };
}

export async function getHostSettings(db: Db, actor: Actor) {
  requireHost(actor);
  const row = await db.hostProfile.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId }, update: {}, select: settingsSelect });
  return toView(row);
}

export async function updateHostSettings(db: Db, actor: Actor, input: HostSettingsInput) {
  requireHost(actor);
  const current = await getHostSettings(db, actor);
  const { timeZone, headline, bio, company, topics, active, audience, refundFullNoticeHours, videoProvider, ...policy } = input;
  const merged = {
    timeZone: timeZone ?? current.timeZone,
    slotIntervalMinutes: policy.slotIntervalMinutes ?? current.slotIntervalMinutes,
    durationsMinutes: policy.durationsMinutes ?? current.durationsMinutes,
    bufferBeforeMinutes: policy.bufferBeforeMinutes ?? current.bufferBeforeMinutes,
    bufferAfterMinutes: policy.bufferAfterMinutes ?? current.bufferAfterMinutes,
    minNoticeMinutes: policy.minNoticeMinutes ?? current.minNoticeMinutes,
    horizonDays: policy.horizonDays ?? current.horizonDays,
    minCancelNoticeHours: policy.minCancelNoticeHours ?? current.minCancelNoticeHours,
    requiresConfirmation: policy.requiresConfirmation ?? current.requiresConfirmation,
    dailyBookingLimit: policy.dailyBookingLimit === undefined ? current.dailyBookingLimit : policy.dailyBookingLimit,
    weeklyBookingLimit: policy.weeklyBookingLimit === undefined ? current.weeklyBookingLimit : policy.weeklyBookingLimit,
  };
  const check = validatePolicy(merged);
  if (!check.ok) {
    const fields = check.errors.map((e) => ({ field: e.field, message: e.message }));
    throw new AppError("validation_failed", fields.map((f) => `${f.field}: ${f.message}`).join("; "), { fields });
  }
  const { timeZone: zone, ...policyColumns } = merged;
  const [, row] = await db.$transaction([
    db.user.update({ where: { id: actor.userId }, data: { timeZone: zone }, select: { id: true } }),
    db.hostProfile.update({
      where: { userId: actor.userId },
      data: {
        ...policyColumns,
        durationsMinutes: [...new Set(policyColumns.durationsMinutes)].sort((a, b) => a - b),
        ...(headline !== undefined ? { headline } : {}),
        ...(bio !== undefined ? { bio } : {}),
        ...(company !== undefined ? { company } : {}),
        ...(topics !== undefined ? { topics: [...new Set(topics)] } : {}),
        ...(active !== undefined ? { active } : {}),
        ...(audience !== undefined ? { audience } : {}),
        ...(refundFullNoticeHours !== undefined ? { refundFullNoticeHours } : {}),
        ...(videoProvider !== undefined ? { videoProvider } : {}),
      },
      select: settingsSelect,
    }),
  ]);
  return toView(row);
}
