-- DropIndex
DROP INDEX "IntegrationJob_bookingId_idx";

-- CreateIndex
CREATE INDEX "IntegrationJob_bookingId_status_idx" ON "IntegrationJob"("bookingId", "status");


-- The open jobs a notification or calendar job waits for (the claim's gates):
-- a handful at any time, so the claim's check is one tiny index lookup however
-- many jobs the table holds.
CREATE INDEX "IntegrationJob_open_gates_idx" ON "IntegrationJob" ("eventId")
  WHERE "status" IN ('pending', 'failed') AND ("kind" LIKE 'video.%' OR "kind" = 'calendar.create');
