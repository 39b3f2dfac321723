-- AlterTable
ALTER TABLE "HostProfile" ADD COLUMN     "videoProvider" TEXT NOT NULL DEFAULT 'auto';

-- AlterTable
ALTER TABLE "CalendarConnection" ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "needsReconnect" BOOLEAN NOT NULL DEFAULT false;

