import { z } from "zod";
import { getPrisma } from "@/lib/db";
import { parseQuery } from "@/lib/http/parse";
import { authedRoute, json } from "@/lib/http/route";
import { bookingStatistics } from "@/lib/server/bookings/booking-statistics";

const query = z.strictObject({ role: z.enum(["client", "host"]).default("client") });

export const GET = authedRoute(async ({ request, actor }) => json(await bookingStatistics(getPrisma(), actor, parseQuery(request, query).role)));
