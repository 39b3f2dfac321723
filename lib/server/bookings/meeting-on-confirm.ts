import { googleMeetAvailable } from "@/lib/integrations/calendar/sync/google-meet";
import { jitsiMeeting } from "@/lib/integrations/video/jitsi";
import { zoomConfig } from "@/lib/integrations/video/zoom-config";
import type { Tx } from "../tx";

/**
 * Meeting columns for a booking that becomes confirmed, if it needs a link.
 * A Jitsi room needs no network, so it is set here, in the transaction. With
 * Zoom configured, callers that plan side effects (recordEventWithSideEffects)
 * pass deferToProvider: the link is left empty with meetingProvider "zoom",
 * and the booking.confirmed event's video.create job fills it in after commit.
 * A host who chose Google Meet and has Google Calendar connected gets
 * meetingProvider "google_meet" instead: the calendar.create job asks Google
 * for the Meet link (hostWantsGoogleMeet decides, in the caller's transaction).
 * Callers that plan no jobs keep the Jitsi room, so no booking waits forever.
 */
export function meetingFieldsOnConfirm(
  row: { sessionType: string; meetingUrl: string | null; code: string },
  options: { deferToProvider?: boolean; googleMeet?: boolean; env?: NodeJS.ProcessEnv } = {},
) {
  if (row.sessionType !== "video" || row.meetingUrl) return {};
  if (options.deferToProvider && options.googleMeet) {
    return { meetingProvider: "google_meet", meetingId: null, meetingUrl: null, meetingPassword: null };
  }
  if (options.deferToProvider && zoomConfig(options.env)) {
    return { meetingProvider: "zoom", meetingId: null, meetingUrl: null, meetingPassword: null };
  }
  const meeting = jitsiMeeting(row.code);
  return { meetingProvider: meeting.provider, meetingId: meeting.id, meetingUrl: meeting.url };
}

/**
 * The host chose Google Meet and Google Calendar can give one (configured,
 * connected, not needing reconnection). `videoProvider`: the host's choice
 * when the caller has already read it.
 */
export async function hostWantsGoogleMeet(db: Tx, hostId: string, videoProvider?: string): Promise<boolean> {
  const provider = videoProvider ?? (await db.hostProfile.findUnique({ where: { userId: hostId }, select: { videoProvider: true } }))?.videoProvider;
  if (provider !== "google_meet") return false;
  return googleMeetAvailable(db, hostId);
}
