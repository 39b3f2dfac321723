// What Slotbook asks of a video provider. Jitsi (built in, no credentials)
// and Zoom (Server-to-Server OAuth) both fit behind it.
export interface MeetingSpec {
  /** Booking code: the Jitsi room is derived from it. */
  code: string;
  topic: string;
  agenda?: string;
  start: Date;
  durationMinutes: number;
  /** IANA zone the provider shows the meeting in (the host's). */
  timeZone: string;
}

export interface VideoMeeting {
  provider: "jitsi" | "zoom";
  id: string;
  url: string;
  password: string | null;
}

export interface VideoProvider {
  readonly name: "jitsi" | "zoom";
  create(spec: MeetingSpec): Promise<VideoMeeting>;
  update(meetingId: string, spec: MeetingSpec): Promise<void>;
  /** Deleting a meeting that is already gone is not an error. */
  delete(meetingId: string): Promise<void>;
}

/** "<client> & <host>: <title>" within Zoom's 200-character limit. */
export function meetingTopic(clientName: string | null, hostName: string, title: string): string {
  const people = clientName ? `${clientName} & ${hostName}` : hostName;
  const topic = `${people}: ${title || "Session"}`;
  return topic.length > 200 ? `${topic.slice(0, 199)}…` : topic;
}
