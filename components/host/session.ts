// The signed-in user for host and settings pages, or a redirect to sign-in.
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/app/_lib/current-user";
import type { Actor } from "@/lib/server/actor";

export async function requireUser(path: string): Promise<{ user: CurrentUser; actor: Actor; isHost: boolean }> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return { user, actor: { userId: user.id, roles: user.roles, via: "session" }, isHost: user.roles.includes("host") };
}
