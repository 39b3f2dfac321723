import { jitsiMeeting } from "@/lib/integrations/video/jitsi";
import { zoomConfig } from "@/lib/integrations/video/zoom-config";

/**
 * Meeting columns for a booking that becomes confirmed, if it needs a link.
 * A Jitsi room needs no network, so it is set here, in the transaction. With
 * Zoom configured, callers that plan side effects (recordEventWithSideEffects)
 * pass deferToProvider: the link is left empty with meetingProvider "zoom",
 * and the booking.confirmed event's video.create job fills it in after commit.
 * Callers that plan no jobs keep the Jitsi room, so no booking waits forever.
 */
export function meetingFieldsOnConfirm(
  row: { sessionType: string; meetingUrl: string | null; code: string },
  options: { deferToProvider?: boolean; env?: NodeJS.ProcessEnv } = {},
) {
  if (row.sessionType !== "video" || row.meetingUrl) return {};
  if (options.deferToProvider && zoomConfig(options.env)) {
    return { meetingProvider: "zoom", meetingId: null, meetingUrl: null, meetingPassword: null };
  }
  const meeting = jitsiMeeting(row.code);
  return { meetingProvider: meeting.provider, meetingId: meeting.id, meetingUrl: meeting.url };
}
