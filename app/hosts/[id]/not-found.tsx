import Link from "next/link";

export default function HostNotFound() {
  return (
    <div className="auth">
      <section className="card auth__card" aria-labelledby="nf-title">
        <h1 id="nf-title">Host not found</h1>
        <p className="muted">This host doesn’t exist or no longer takes bookings.</p>
        <Link href="/hosts" className="btn btn--primary">
          Browse hosts
        </Link>
      </section>
    </div>
  );
}
