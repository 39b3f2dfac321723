// Seed 002: POST /calendar/{google|outlook}/exchange-token.
import { exchangeTokenHandler } from "@/lib/compat/culturebridge/calendar";
import { cb } from "@/lib/compat/culturebridge/dialect";

export const POST = exchangeTokenHandler;

const other = cb.otherMethods(["POST"]);
export const GET = other.GET;
export const PUT = other.PUT;
export const PATCH = other.PATCH;
export const DELETE = other.DELETE;
