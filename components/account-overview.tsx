import type { CurrentUser } from "@/app/_lib/current-user";
import { Avatar } from "./avatar";
import { SignOutButton } from "./sign-out-button";

const ROLE_LABELS: Record<string, { label: string; tone: string }> = {
  client: { label: "Client", tone: "badge" },
  host: { label: "Host", tone: "badge badge--brand" },
  admin: { label: "Admin", tone: "badge badge--warning" },
};

/** "Wed 14:42 (UTC+1)": the current wall-clock time in the user's zone. */
function localTime(timeZone: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "shortOffset",
    }).formatToParts(at);
    const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
    const offset = get("timeZoneName").replace("GMT", "UTC");
    return `${get("weekday")} ${get("hour")}:${get("minute")} (${offset === "UTC" ? "UTC+0" : offset})`;
  } catch {
    return "";
  }
}

function formatDate(timeZone: string, at: Date): string {
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "long", year: "numeric" }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}

export function AccountOverview({ user }: { user: CurrentUser }) {
  const now = new Date();
  const time = localTime(user.timeZone, now);
  return (
    <div className="welcome">
      <div className="welcome__head">
        <Avatar name={user.name} size="lg" />
        <div>
          <h1>{`Welcome, ${user.name}`}</h1>
          <p>Good to see you. Here’s your account at a glance.</p>
        </div>
      </div>

      <section className="card" aria-labelledby="account-title">
        <h2 id="account-title" className="card__title">
          Your account
        </h2>
        <p className="muted small">Slotbook shows every session in your time zone.</p>
        <dl className="details">
          <div>
            <dt>Email</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>Roles</dt>
            <dd>
              <ul className="badge-list" aria-label="Roles">
                {user.roles.map((role) => {
                  const meta = ROLE_LABELS[role] ?? { label: role, tone: "badge" };
                  return (
                    <li key={role} className={meta.tone}>
                      {meta.label}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
          <div>
            <dt>Time zone</dt>
            <dd>
              {user.timeZone}
              {time ? (
                <span className="muted small">
                  {" "}
                  · currently <span className="kbd-time">{time}</span>
                </span>
              ) : null}
            </dd>
          </div>
          {user.hostProfile ? (
            <div>
              <dt>Host profile</dt>
              <dd className="row" style={{ gap: "0.5rem" }}>
                <span className={user.hostProfile.active ? "badge badge--success" : "badge"}>
                  {user.hostProfile.active ? "Accepting bookings" : "Paused"}
                </span>
                {user.hostProfile.headline ? <span>{user.hostProfile.headline}</span> : null}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Member since</dt>
            <dd>{formatDate(user.timeZone, user.createdAt)}</dd>
          </div>
        </dl>
        <div className="card__actions">
          <SignOutButton className="btn" />
        </div>
      </section>
    </div>
  );
}
