import { getPrisma } from "@/lib/db";
import { json, publicRoute } from "@/lib/http/route";
import { listHostServices } from "@/lib/server/hosts/get-host";

export const GET = publicRoute<{ id: string }>(async ({ params }) => json({ items: await listHostServices(getPrisma(), params.id) }));
