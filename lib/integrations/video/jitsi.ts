import { randomBytes } from "node:crypto";
import type { VideoProvider } from "./provider";

// The built-in video provider: a unique, unguessable Jitsi Meet room per
// booking, so every confirmed video session has a join link with no setup.
const JITSI_BASE = process.env.JITSI_BASE_URL ?? "https://meet.jit.si";

export function jitsiMeeting(code: string): { provider: "jitsi"; id: string; url: string } {
  const room = `Slotbook-${code.replace(/[^A-Za-z0-9]/g, "")}-${randomBytes(6).toString("hex")}`;
  return { provider: "jitsi", id: room, url: `${JITSI_BASE.replace(/\/$/, "")}/${room}` };
}

// A Jitsi room exists as soon as someone opens its URL: nothing to move or
// remove at a server, so update and delete have nothing to do.
export const jitsiProvider: VideoProvider = {
  name: "jitsi",
  async create(spec) {
    return { ...jitsiMeeting(spec.code), password: null };
  },
  async update() {},
  async delete() {},
};
