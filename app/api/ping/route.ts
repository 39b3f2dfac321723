// Liveness probe: answers as long as the server process can serve a request,
// without touching the database (that is /api/health, the readiness probe). An
// orchestrator restarts a process whose ping fails; it only stops routing
// traffic to one whose health fails. The benchmark uses it as its no-work baseline.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
