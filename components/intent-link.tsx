"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";

type IntentLinkProps = Omit<React.ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A Link that prefetches its route when the visitor shows intent (pointer over it,
 * focus, touch), not as soon as it is on screen. For the links every page carries
 * (header, breadcrumbs): prefetching them on load costs each page a few RSC requests
 * and their decoding on the main thread while it is still hydrating.
 */
export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: IntentLinkProps) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
    />
  );
}
