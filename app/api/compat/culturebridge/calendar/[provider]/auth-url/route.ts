// Seed 002: GET /calendar/{google|outlook}/auth-url.
import { authUrlHandler } from "@/lib/compat/culturebridge/calendar";
import { cb } from "@/lib/compat/culturebridge/dialect";

export const GET = authUrlHandler;

const other = cb.otherMethods(["GET"]);
export const POST = other.POST;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
