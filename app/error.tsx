"use client";

import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="auth">
      <section className="card auth__card" aria-labelledby="error-title">
        <header className="auth__header">
          <h1 id="error-title">Something went wrong</h1>
          <p>
            We couldn’t load this page. Please try again in a moment.
            {error.digest ? <span className="muted small"> (Reference: {error.digest})</span> : null}
          </p>
        </header>
        <button type="button" className="btn btn--primary" onClick={reset}>
          Try again
        </button>
      </section>
    </div>
  );
}
