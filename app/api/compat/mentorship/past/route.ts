// Seed 000: GET past sessions, paginated.
// Served at /api/mentors/bookings/... through the rewrite in next.config.mjs.
import { pastView as view } from "@/lib/compat/mentorship/handlers";

export const dynamic = "force-dynamic";
export const GET = view.GET;
export const POST = view.POST;
export const PUT = view.PUT;
export const PATCH = view.PATCH;
export const DELETE = view.DELETE;
