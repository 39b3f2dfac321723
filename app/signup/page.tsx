import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser, safeCallbackPath } from "@/app/_lib/current-user";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);

  return (
    <div className="auth">
      <section className="card auth__card auth__card--wide" aria-labelledby="signup-title">
        <header className="auth__header">
          <h1 id="signup-title">Create your account</h1>
          <p>It takes less than a minute.</p>
        </header>
        <SignUpForm callbackUrl={callbackUrl} />
      </section>
    </div>
  );
}
