import { jitsiMeeting } from "@/lib/integrations/video/jitsi";

/** Meeting columns for a booking that becomes confirmed, if it needs a link. */
export function meetingFieldsOnConfirm(row: { sessionType: string; meetingUrl: string | null; code: string }) {
  if (row.sessionType !== "video" || row.meetingUrl) return {};
  const meeting = jitsiMeeting(row.code);
  return { meetingProvider: meeting.provider, meetingId: meeting.id, meetingUrl: meeting.url };
}
