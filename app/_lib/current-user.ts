// The signed-in user for server components: the next-auth session cookie,
// resolved against the database so that name, roles and time zone are fresh.
// Cached per request, so the layout and the page share one query.
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { authOptions } from "@/lib/server/auth/next-auth-options";
import { AppError } from "@/lib/server/errors";
import { getMe } from "@/lib/server/get-me";

export type CurrentUser = Awaited<ReturnType<typeof getMe>>;

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  try {
    return await getMe(getPrisma(), { userId, roles: [], via: "session" });
  } catch (error) {
    // A valid cookie for a user that no longer exists (e.g. a reset database)
    // is treated as signed out.
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
});

/** Only same-origin paths are followed after sign-in (no open redirects). */
export function safeCallbackPath(raw: string | string[] | undefined, origin?: string): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return "/";
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) return value;
  if (origin) {
    try {
      const url = new URL(value);
      if (url.origin === origin) return `${url.pathname}${url.search}${url.hash}`;
    } catch {
      // not a URL
    }
  }
  return "/";
}
