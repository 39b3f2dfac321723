// Which calendar connections take part in sync and free/busy: those of a
// configured provider that do not wait for their user to reconnect.
import type { Tx } from "@/lib/server/tx";
import { AppError } from "@/lib/server/errors";
import { providerConfig, type CalendarProviderName } from "../oauth";
import type { CalendarTarget } from "./event-api";

export function providerConfigured(provider: CalendarProviderName): boolean {
  try {
    providerConfig(provider);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "feature_disabled") return false;
    throw error;
  }
}

/** Usable connections of these users, Google first (a Meet link is made there before the others are written). */
export async function activeConnections(db: Tx, userIds: string[]): Promise<CalendarTarget[]> {
  const rows = await db.calendarConnection.findMany({
    where: { userId: { in: userIds }, needsReconnect: false },
    select: { id: true, userId: true, provider: true, calendarId: true },
    orderBy: [{ provider: "asc" }, { createdAt: "asc" }],
  });
  return rows.filter((row) => providerConfigured(row.provider));
}
