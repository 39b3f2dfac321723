// Seed 003: GET /booking/slots?therapistId&date.
import { slotsHandler } from "@/lib/compat/mentara/slots";
import { mentara } from "@/lib/compat/mentara/dialect";

export const GET = slotsHandler;

const other = mentara.otherMethods(["GET"]);
export const POST = other.POST;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
