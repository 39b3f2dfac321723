// Admin pages: anonymous visitors sign in first; signed-in users who are not
// administrators get the ordinary 404, so the page does not reveal itself.
import { notFound } from "next/navigation";
import { requireUser } from "@/components/host/session";

export async function requireAdminPage(path: string) {
  const { user, actor } = await requireUser(path);
  if (!user.roles.includes("admin")) notFound();
  return { user, actor };
}
