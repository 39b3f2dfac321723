// Seed 003: DELETE /booking/meetings/:id/cancel.
import { cancelMeetingHandler } from "@/lib/compat/mentara/meetings";
import { mentara } from "@/lib/compat/mentara/dialect";

export const DELETE = cancelMeetingHandler;

const other = mentara.otherMethods(["DELETE"]);
export const GET = other.GET;
export const POST = other.POST;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
