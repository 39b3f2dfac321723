// GET /api/v1/integrations: which providers are on (public: flags, never
// secrets). With ?bookingId=: that booking's side effects too (its parties
// and admins only): meeting and payment state and every provider job.
import { getPrisma } from "@/lib/db";
import { parseQuery } from "@/lib/http/parse";
import { json, publicRoute } from "@/lib/http/route";
import { jobsOfBooking } from "@/lib/integrations/jobs/job-repository";
import { integrationStatus } from "@/lib/integrations/jobs/status";
import { requireActor } from "@/lib/server/actor";
import { loadBookingFor } from "@/lib/server/bookings/load-booking";
import { idSchema } from "@/lib/server/bookings/schemas";
import { paymentSummary } from "@/lib/server/payments/payment-summary";
import { z } from "zod";

const querySchema = z.strictObject({ bookingId: idSchema.optional() });

function meetingState(row: { sessionType: string; meetingProvider: string | null; meetingUrl: string | null }, jobs: Array<{ kind: string; status: string }>) {
  if (row.meetingUrl) return "ready";
  const create = jobs.filter((job) => job.kind === "video.create").at(-1);
  if (create?.status === "pending" || create?.status === "failed") return "pending";
  if (create?.status === "dead") return "failed";
  return "none";
}

export const GET = publicRoute(async ({ request, actor }) => {
  const { bookingId } = parseQuery(request, querySchema);
  const status = integrationStatus();
  if (!bookingId) return json(status);
  const db = getPrisma();
  const { row } = await loadBookingFor(db, requireActor(actor), bookingId);
  const jobs = await jobsOfBooking(db, row.id);
  return json({
    ...status,
    booking: {
      id: row.id,
      meeting: { provider: row.meetingProvider, status: meetingState(row, jobs) },
      payment: await paymentSummary(db, row.id),
      jobs,
    },
  });
});
