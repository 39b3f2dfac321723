// Display vocabulary for bookings and hosts. Pure: used by server and client components.

export const SESSION_TYPE_LABELS: Record<string, string> = {
  video: "Video call",
  audio: "Phone call",
  chat: "Chat",
  email: "Email",
  in_person: "In person",
};

export const sessionTypeLabel = (type: string) => SESSION_TYPE_LABELS[type] ?? type.replaceAll("_", " ");

export const SESSION_TYPE_OPTIONS = Object.entries(SESSION_TYPE_LABELS).map(([value, label]) => ({ value, label }));

// Building an Intl.NumberFormat costs far more than using one (a millisecond or more on a
// phone, on every render of the booking widget's service list): one per currency and precision.
const priceFormats = new Map<string, Intl.NumberFormat>();

export function formatPrice(cents: number, currency: string | null | undefined): string {
  if (cents === 0) return "Free";
  const code = currency && /^[A-Z]{3}$/.test(currency) ? currency : "USD";
  const digits = cents % 100 === 0 ? 0 : 2;
  try {
    const key = `${code}:${digits}`;
    let format = priceFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat("en-US", { style: "currency", currency: code, minimumFractionDigits: digits, maximumFractionDigits: 2 });
      priceFormats.set(key, format);
    }
    return format.format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${code}`;
  }
}

export type Tone = "neutral" | "brand" | "success" | "warning" | "danger";

export const STATUS_META: Record<string, { label: string; tone: Tone; hint: string }> = {
  draft: { label: "Draft", tone: "neutral", hint: "Not sent yet." },
  pending_payment: { label: "Awaiting payment", tone: "warning", hint: "Held until the payment goes through." },
  pending: { label: "Awaiting confirmation", tone: "warning", hint: "The host has not confirmed this request yet." },
  confirmed: { label: "Confirmed", tone: "success", hint: "It’s on. See you there." },
  in_progress: { label: "In progress", tone: "brand", hint: "Happening now." },
  completed: { label: "Completed", tone: "neutral", hint: "This session took place." },
  cancelled: { label: "Cancelled", tone: "danger", hint: "This session will not take place." },
  declined: { label: "Declined", tone: "danger", hint: "The host declined this request." },
  no_show: { label: "No-show", tone: "danger", hint: "Marked as missed." },
};

export const statusMeta = (status: string) => STATUS_META[status] ?? { label: status, tone: "neutral" as Tone, hint: "" };

export const STATUS_FILTERS = ["pending", "confirmed", "in_progress", "completed", "cancelled", "declined", "no_show"] as const;

export function toneClass(tone: Tone): string {
  return tone === "neutral" ? "badge" : `badge badge--${tone}`;
}

export const SERVICE_KIND_LABELS: Record<string, string> = {
  individual: "1:1 session",
  group: "Group session",
  course: "Course",
  package: "Package",
  bundle: "Bundle",
};

/** "6 hours", "1 hour", "30 minutes": for notice periods. */
export function formatHours(hours: number): string {
  if (hours === 0) return "no notice";
  if (hours % 24 === 0 && hours >= 48) return `${hours / 24} days`;
  return `${hours} hour${hours === 1 ? "" : "s"}`;
}
