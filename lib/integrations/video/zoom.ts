// Zoom meetings over the REST API v2 with a Server-to-Server OAuth app
// (scopes meeting:write:admin or meeting:write). Only the join URL and the
// passcode are stored: the host's start_url embeds a short-lived token.
import { ProviderError } from "../jobs/provider-error";
import { isOk, providerRequest, statusError, type ProviderResponse } from "../jobs/provider-http";
import type { MeetingSpec, VideoProvider } from "./provider";
import type { ZoomConfig } from "./zoom-config";
import { forgetZoomToken, zoomAccessToken, type TokenOptions } from "./zoom-token";

/** Zoom wants "yyyy-MM-ddTHH:mm:ssZ": no milliseconds. */
export const zoomTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

function meetingBody(spec: MeetingSpec) {
  return {
    topic: spec.topic,
    ...(spec.agenda ? { agenda: spec.agenda.slice(0, 2000) } : {}),
    start_time: zoomTime(spec.start),
    duration: spec.durationMinutes,
    timezone: spec.timeZone,
  };
}

function zoomMessage(response: ProviderResponse): string | undefined {
  const body = response.body as { message?: unknown } | null;
  return typeof body?.message === "string" ? body.message : undefined;
}

export function zoomProvider(config: ZoomConfig, options: TokenOptions = {}): VideoProvider {
  async function call(method: string, path: string, body?: unknown, retried = false): Promise<ProviderResponse> {
    const token = await zoomAccessToken(config, options);
    const response = await providerRequest(
      "zoom",
      `${config.apiUrl}${path}`,
      {
        method,
        headers: { authorization: `Bearer ${token}`, accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      },
      options,
    );
    // A token revoked before its expiry: fetch a new one, once.
    if (response.status === 401 && !retried) {
      forgetZoomToken(config);
      return call(method, path, body, true);
    }
    return response;
  }

  return {
    name: "zoom",
    async create(spec) {
      const response = await call("POST", "/users/me/meetings", {
        ...meetingBody(spec),
        type: 2,
        settings: { waiting_room: true, join_before_host: false, host_video: true, participant_video: true, mute_upon_entry: true, approval_type: 2 },
      });
      if (!isOk(response)) throw statusError("zoom", "creating the meeting", response, zoomMessage(response));
      const meeting = response.body as { id?: unknown; join_url?: unknown; password?: unknown } | null;
      if ((typeof meeting?.id !== "number" && typeof meeting?.id !== "string") || typeof meeting.join_url !== "string") {
        throw new ProviderError("zoom", "meeting created without id/join_url", { status: response.status, retryable: false });
      }
      return { provider: "zoom", id: String(meeting.id), url: meeting.join_url, password: typeof meeting.password === "string" && meeting.password ? meeting.password : null };
    },
    async update(meetingId, spec) {
      const response = await call("PATCH", `/meetings/${encodeURIComponent(meetingId)}`, meetingBody(spec));
      if (!isOk(response)) throw statusError("zoom", "updating the meeting", response, zoomMessage(response));
    },
    async delete(meetingId) {
      const response = await call("DELETE", `/meetings/${encodeURIComponent(meetingId)}`);
      if (response.status === 404) return;
      if (!isOk(response)) throw statusError("zoom", "deleting the meeting", response, zoomMessage(response));
    },
  };
}
