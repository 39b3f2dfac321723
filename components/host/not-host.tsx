import Link from "next/link";
import styles from "./ui.module.css";

/** What a signed-in non-host sees on a host page (a friendly 403). */
export function NotHost({ what }: { what: string }) {
  return (
    <div className="auth">
      <section className="card auth__card auth__card--wide" aria-labelledby="not-host-title">
        <div className={styles.notice}>
          <p className="badge">Hosts only</p>
          <h1 id="not-host-title">{what} is for hosts</h1>
          <p className="muted" style={{ margin: 0 }}>
            Your account books sessions. To offer your own sessions — publish hours, set prices and take requests — start
            hosting from your settings. You can keep booking as a client too.
          </p>
          <div className="row">
            <Link href="/settings#hosting" className="btn btn--primary">
              Start hosting in Settings
            </Link>
            <Link href="/" className="btn">
              Back to home
            </Link>
          </div>
        </div>
      </section>
    </div>
  );
}
