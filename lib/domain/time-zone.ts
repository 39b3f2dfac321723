// Zone-name validation lives apart from the scheduling engine so that schemas
// can use it without pulling the engine in.
const cache = new Map<string, string | null>();

/** The canonical IANA name for a zone or alias (US/Eastern, Asia/Calcutta), or null. */
export function resolveTimeZone(name: string): string | null {
  if (cache.has(name)) return cache.get(name) ?? null;
  let resolved: string | null = null;
  // Raw offsets ("+05:30") are accepted by Intl but are not zones: they carry
  // no DST rules, so a weekly schedule kept in one would drift twice a year.
  if (/^[A-Za-z]+(?:[/_+-][A-Za-z0-9_+-]+)*$/.test(name) && name.length <= 64) {
    try {
      resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      resolved = null;
    }
  }
  cache.set(name, resolved);
  return resolved;
}

export function isValidTimeZone(name: string): boolean {
  return resolveTimeZone(name) !== null;
}
