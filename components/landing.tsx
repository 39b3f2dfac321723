import Link from "next/link";
import { Avatar } from "./avatar";
import { CalendarClockIcon, CheckCircleIcon, GlobeIcon, ShieldCheckIcon } from "./icons";

const FEATURES = [
  {
    icon: GlobeIcon,
    title: "Your time zone, always",
    body: "Every slot is shown in your local time. Hosts set their weekly hours once, and daylight-saving changes are handled for them.",
  },
  {
    icon: CalendarClockIcon,
    title: "Only real free slots",
    body: "Availability comes from the host’s weekly hours and existing bookings, so every time you see is a time you can book.",
  },
  {
    icon: ShieldCheckIcon,
    title: "Never double-booked",
    body: "Each slot can be taken exactly once, even when two people pick it at the same moment.",
  },
] as const;

/** A static picture of the booking flow. Decorative: hidden from assistive tech. */
function BookingPreview() {
  const days = [
    { d: "Mon", n: 12 },
    { d: "Tue", n: 13 },
    { d: "Wed", n: 14, on: true },
    { d: "Thu", n: 15 },
    { d: "Fri", n: 16, off: true },
  ];
  const slots = [
    { t: "09:00" },
    { t: "09:45", taken: true },
    { t: "10:30", picked: true },
    { t: "13:00" },
    { t: "14:30", taken: true },
    { t: "16:15" },
  ];
  return (
    <div className="preview" aria-hidden="true">
      <div className="preview__host">
        <Avatar name="Harper Host" size="lg" />
        <div>
          <strong>Career mentoring</strong>
          <span className="preview__sub">with Harper Host · 45 min</span>
          <div className="preview__meta">
            <span className="badge">Video call</span>
            <span className="badge badge--brand">Shown in Europe/London</span>
          </div>
        </div>
      </div>
      <div className="preview__label">
        <span>May 2026</span>
        <span>Pick a time</span>
      </div>
      <div className="preview__days">
        {days.map((day) => (
          <span key={day.n} className={`preview__day${day.on ? " preview__day--on" : ""}${day.off ? " preview__day--off" : ""}`}>
            {day.d}
            <b>{day.n}</b>
          </span>
        ))}
      </div>
      <div className="preview__slots">
        {slots.map((slot) => (
          <span
            key={slot.t}
            className={`preview__slot${slot.taken ? " preview__slot--taken" : ""}${slot.picked ? " preview__slot--picked" : ""}`}
          >
            {slot.t}
          </span>
        ))}
      </div>
      <div className="preview__confirm">
        <CheckCircleIcon />
        Booked: Wed 14 May, 10:30–11:15 your time
      </div>
    </div>
  );
}

export function Landing() {
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div>
          <span className="badge badge--brand hero__eyebrow">Open-source booking for 1:1 sessions</span>
          <h1 id="hero-title">
            Book the right person, <span className="accent">at the right time.</span>
          </h1>
          <p className="hero__lede">
            Slotbook connects you with mentors, coaches, tutors and therapists. See a host’s real free slots in your own
            time zone, pick one, and it’s yours. No back-and-forth emails, no double booking.
          </p>
          <div className="hero__ctas">
            <Link href="/signup" className="btn btn--primary btn--lg">
              Get started
            </Link>
            <Link href="/signin" className="btn btn--lg">
              Sign in
            </Link>
          </div>
          <p className="hero__note">Offering sessions? Set your weekly hours once and let clients book themselves.</p>
        </div>
        <div className="hero__visual">
          <BookingPreview />
        </div>
      </section>

      <section aria-labelledby="features-title">
        <div className="section-heading">
          <h2 id="features-title">Scheduling that respects everyone’s time</h2>
          <p>Built for sessions between one host and one client.</p>
        </div>
        <ul className="features">
          {FEATURES.map(({ icon: Icon, title, body }) => (
            <li className="feature" key={title}>
              <span className="feature__icon">
                <Icon />
              </span>
              <h3>{title}</h3>
              <p>{body}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
