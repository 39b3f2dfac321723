import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser, safeCallbackPath } from "@/app/_lib/current-user";

export const metadata: Metadata = { title: "Sign in" };

// Error codes next-auth puts in ?error= when it redirects here itself.
const ERRORS: Record<string, string> = {
  CredentialsSignin: "Email or password is incorrect.",
  SessionRequired: "Please sign in to continue.",
  RateLimited: "Too many sign-in attempts. Wait a few minutes and try again.",
};

function appOrigin(): string | undefined {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : undefined;
  } catch {
    return undefined;
  }
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl, appOrigin());
  if (await getCurrentUser()) redirect(callbackUrl);

  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const initialError = errorCode ? (ERRORS[errorCode] ?? "We couldn’t sign you in. Please try again.") : undefined;

  return (
    <div className="auth">
      <section className="card auth__card" aria-labelledby="signin-title">
        <header className="auth__header">
          <h1 id="signin-title">Welcome back</h1>
          <p>Sign in to manage your sessions.</p>
        </header>
        <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
      </section>
    </div>
  );
}
