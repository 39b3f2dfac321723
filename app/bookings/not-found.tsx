import Link from "next/link";

export default function BookingNotFound() {
  return (
    <div className="auth">
      <section className="card auth__card" aria-labelledby="nf-title">
        <h1 id="nf-title">Booking not found</h1>
        <p className="muted">This booking doesn’t exist, or it isn’t one of yours.</p>
        <Link href="/bookings" className="btn btn--primary">
          Go to my bookings
        </Link>
      </section>
    </div>
  );
}
