"use client";

import { createContext, useCallback, useContext, useEffect, useState } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => {});

/**
 * One polite live region for a page: components that disappear after their
 * own action (a confirmed request leaves the list) still get heard.
 */
export function Announcer({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState("");
  // Marks the page as interactive (tests wait for it before typing).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated message be read again.
    setMessage("");
    requestAnimationFrame(() => setMessage(text));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-hydrated={hydrated || undefined}>
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce() {
  return useContext(AnnounceContext);
}
