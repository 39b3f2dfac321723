import NextAuth from "next-auth";
import { withSignInRateLimit } from "@/lib/http/rate-limit";
import { authOptions } from "@/lib/server/auth/next-auth-options";

const handler = NextAuth(authOptions);
export { handler as GET };
export const POST = withSignInRateLimit(handler);
