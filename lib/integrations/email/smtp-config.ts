// Email is on when SMTP_HOST is set. Port 465 means implicit TLS; any other
// port starts in clear and upgrades with STARTTLS (required away from loopback).
export interface SmtpConfig {
  host: string;
  port: number;
  user: string | null;
  password: string | null;
  from: string;
  /** TLS from the first byte (SMTPS, port 465 or SMTP_SECURE=true). */
  implicitTls: boolean;
}

export function smtpConfig(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const port = Number(env.SMTP_PORT) || 587;
  return {
    host,
    port,
    user: env.SMTP_USER?.trim() || null,
    password: env.SMTP_PASSWORD ?? null,
    from: env.SMTP_FROM?.trim() || `Slotbook <no-reply@${host}>`,
    implicitTls: env.SMTP_SECURE === "true" || port === 465,
  };
}

/** The bare address of "Name <a@b>" or "a@b", for MAIL FROM. */
export function addressOf(mailbox: string): string {
  const match = /<([^<>]+)>\s*$/.exec(mailbox);
  return (match?.[1] ?? mailbox).trim();
}
