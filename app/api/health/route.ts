import { getPrisma } from "@/lib/db";
import { pingDatabase } from "@/lib/server/health-check";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const ok = await pingDatabase(getPrisma());
  return Response.json(ok ? { status: "ok", db: "ok" } : { status: "degraded", db: "down" }, {
    status: ok ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
