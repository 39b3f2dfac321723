"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function SignOutButton({ className = "btn btn--sm" }: { className?: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);

  async function onClick() {
    setPending(true);
    try {
      // redirect:false keeps us on this origin (next-auth would otherwise send
      // the browser to NEXTAUTH_URL, which may be another host name).
      // Loaded on click: next-auth's client is ~50 kB that every page's
      // header would otherwise parse before it becomes interactive.
      const { signOut } = await import("next-auth/react");
      await signOut({ redirect: false });
      queryClient.clear();
      router.push("/");
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <button type="button" className={className} onClick={onClick} disabled={pending} aria-busy={pending}>
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
