// Zone names, with Intl alone: client components validate zones with this, so it
// must not pull a date library into their bundle (lib/domain/time.ts re-exports it).

// ICU (and so Node's Intl) still resolves some zones to their pre-rename
// spelling (Asia/Calcutta, Europe/Kiev). We store the current IANA name so that
// the same host never appears under two names.
const PREFERRED_NAMES: Readonly<Record<string, string>> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Dacca": "Asia/Dhaka",
  "Asia/Thimbu": "Asia/Thimphu",
  "Asia/Ulan_Bator": "Asia/Ulaanbaatar",
  "Europe/Kiev": "Europe/Kyiv",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "America/Godthab": "America/Nuuk",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Etc/UTC": "UTC",
  "Etc/GMT": "UTC",
};

/** The current IANA spelling of a zone name an engine resolved ("Asia/Calcutta" → "Asia/Kolkata"). */
export const preferredZoneName = (resolved: string): string => PREFERRED_NAMES[resolved] ?? resolved;

/** The shape of a name worth asking the engine about: offsets ("+05:00") and junk are refused early. */
export const looksLikeZoneName = (name: string): boolean => name.length > 0 && name.length <= 64 && /^[A-Za-z]/.test(name);

const canonicalCache = new Map<string, string | null>();

/**
 * Whether Intl gives `zone` a numeric UTC offset (the same test as @date-fns/tz's
 * `tzOffset` being finite: a "longOffset" name such as "GMT+05:30", or "GMT" for UTC).
 */
function hasOffset(zone: string): boolean {
  try {
    const text = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format(new Date(0));
    const offset = text.split("GMT")[1];
    if (offset === undefined) return false;
    const [hours = "", minutes = ""] = offset.split(":");
    return Number.isFinite(60 * Number(hours || 0) + Number(minutes || 0));
  } catch {
    return false;
  }
}

/**
 * The canonical IANA name of `name`, or null when it is not a zone.
 * Aliases (US/Eastern, Asia/Calcutta) resolve to their current name; UTC
 * offsets ("+05:00") are refused because they carry no DST rules and a host
 * who types one would silently lose them.
 */
export function canonicalTimeZone(name: string): string | null {
  if (typeof name !== "string") return null;
  const cached = canonicalCache.get(name);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  const trimmed = name.trim();
  if (looksLikeZoneName(trimmed)) {
    try {
      const resolved = new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone;
      result = preferredZoneName(resolved);
      if (!hasOffset(result)) result = null;
    } catch {
      result = null;
    }
  }
  if (canonicalCache.size > 1000) canonicalCache.clear();
  canonicalCache.set(name, result);
  return result;
}
