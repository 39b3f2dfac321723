// Seed 003: GET and PUT /booking/meetings/:id.
import { getMeetingHandler, updateMeetingHandler } from "@/lib/compat/mentara/meetings";
import { mentara } from "@/lib/compat/mentara/dialect";

export const GET = getMeetingHandler;
export const PUT = updateMeetingHandler;

const other = mentara.otherMethods(["GET", "PUT"]);
export const POST = other.POST;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
