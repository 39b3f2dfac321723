// Seed 003: GET and POST /booking/meetings (see docs/compat/003-mentara.md).
import { createMeetingHandler, listMeetingsHandler } from "@/lib/compat/mentara/meetings";
import { mentara } from "@/lib/compat/mentara/dialect";

export const GET = listMeetingsHandler;
export const POST = createMeetingHandler;

const other = mentara.otherMethods(["GET", "POST"]);
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
