// Where Google or Microsoft send the browser back after consent: trade the
// code for tokens (state and PKCE checked in completeAuthorization), then
// return to the settings page with the outcome in the query string.
import { getPrisma } from "@/lib/db";
import { authenticate } from "@/lib/http/authenticate";
import { finishCalendarConnect, isCalendarProvider } from "@/lib/server/calendar/calendar-connections";
import { appBaseUrl } from "@/lib/server/calendar/from-row";
import { AppError } from "@/lib/server/errors";

export async function GET(request: Request, context: { params: Promise<{ provider: string }> }): Promise<Response> {
  const { provider } = await context.params;
  const origin = appBaseUrl(request);
  const back = (query: string) => Response.redirect(`${origin}/settings?${query}#integrations`, 303);
  if (!isCalendarProvider(provider)) return back("calendar_error=unknown_provider");
  const actor = await authenticate(request);
  if (!actor) return Response.redirect(`${origin}/signin?callbackUrl=${encodeURIComponent("/settings#integrations")}`, 303);
  const url = new URL(request.url);
  const code = url.searchParams.get("code");
  const state = url.searchParams.get("state");
  // The user said no on the consent screen, or the provider refused the request.
  if (url.searchParams.get("error") || !code || !state) return back(`calendar_error=${encodeURIComponent(url.searchParams.get("error") ?? "missing_code")}`);
  try {
    await finishCalendarConnect(getPrisma(), actor, provider, origin, { code, state });
  } catch (error) {
    const reason = error instanceof AppError ? error.code : "failed";
    return back(`calendar_error=${encodeURIComponent(reason)}&provider=${provider}`);
  }
  return back(`calendar_connected=${provider}`);
}
