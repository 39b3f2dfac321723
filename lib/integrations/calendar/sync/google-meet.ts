// Google Meet links come from Google Calendar (conferenceData), so Meet is
// available to a host exactly when Google Calendar is configured on the
// server and connected, in working order, by that host.
import type { Tx } from "@/lib/server/tx";
import { providerConfigured } from "./connections";

export async function googleMeetAvailable(db: Tx, hostId: string): Promise<boolean> {
  if (!providerConfigured("google")) return false;
  const connection = await db.calendarConnection.findFirst({ where: { userId: hostId, provider: "google", needsReconnect: false }, select: { id: true } });
  return connection !== null;
}
