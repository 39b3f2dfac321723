// The fixed demo accounts. Kept free of imports so that the start script, the
// README generator and tests can print them without touching the database.

export const DEMO_PASSWORD = "slotbook-demo";

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  /** Human-readable description of what the account can do. */
  role: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "client@slotbook.test",
    password: DEMO_PASSWORD,
    name: "Casey Client",
    role: "client (Europe/London): upcoming and past sessions with several hosts",
  },
  {
    email: "host@slotbook.test",
    password: DEMO_PASSWORD,
    name: "Harper Host",
    role: "host + client (America/New_York): services, weekly hours, pending requests to confirm",
  },
  {
    email: "admin@slotbook.test",
    password: DEMO_PASSWORD,
    name: "Avery Admin",
    role: "admin + client (UTC)",
  },
] as const;

export const DEMO_CLIENT_EMAIL = "client@slotbook.test";
export const DEMO_HOST_EMAIL = "host@slotbook.test";
export const DEMO_ADMIN_EMAIL = "admin@slotbook.test";
