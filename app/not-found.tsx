import Link from "next/link";

export default function NotFound() {
  return (
    <div className="auth">
      <section className="card auth__card" aria-labelledby="not-found-title">
        <header className="auth__header">
          <p className="badge" style={{ marginBottom: "0.75rem" }}>
            404
          </p>
          <h1 id="not-found-title">Page not found</h1>
          <p>The page you’re looking for doesn’t exist or has moved.</p>
        </header>
        <Link href="/" className="btn btn--primary">
          Go to the home page
        </Link>
      </section>
    </div>
  );
}
