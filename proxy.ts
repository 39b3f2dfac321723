// Signed-out visitors of the private pages get a real 307 to sign-in before anything renders.
// The pages check the session themselves (requireUser), but their loading.tsx starts the stream
// first, so that redirect would reach the browser inside a 200. This is only the optimistic check
// (is there a session cookie at all); a cookie that no longer holds a valid session is still
// refused by the page.
import { NextResponse, type NextRequest } from "next/server";

// next-auth's JWT session cookie, plain or __Secure- (https), whole or in chunks (".0", ".1").
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn, 307);
}

export const config = {
  matcher: ["/bookings/:path*", "/dashboard/:path*", "/availability/:path*", "/services/:path*", "/clients/:path*", "/settings/:path*", "/admin/:path*"],
};
