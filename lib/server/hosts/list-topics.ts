// The topics of active hosts, most common first: the host directory's filter.
import type { Db } from "@/lib/db";

export async function listHostTopics(db: Db, limit = 60): Promise<string[]> {
  const rows = await db.hostProfile.findMany({
    where: { active: true, user: { roles: { has: "host" } } },
    select: { topics: true },
  });
  const counts = new Map<string, number>();
  for (const row of rows) for (const topic of new Set(row.topics)) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([topic]) => topic)
    .sort((a, b) => a.localeCompare(b));
}
