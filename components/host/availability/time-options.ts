import { hhmm } from "../format";

/** "HH:MM" choices every 15 minutes; "24:00" only as an end. Unusual saved values are kept. */
export function timeOptions(kind: "start" | "end", extra: readonly string[] = []): string[] {
  const values = new Set<string>();
  for (let m = kind === "start" ? 0 : 15; m <= (kind === "start" ? 1425 : 1440); m += 15) values.add(hhmm(m));
  for (const value of extra) if (/^\d{2}:\d{2}$/.test(value)) values.add(value);
  return [...values].sort();
}

/** "24:00" reads as "end of the day" to screen readers; on screen it stays short. */
export function timeLabel(value: string): string {
  return value;
}

export function toMinutes(value: string): number {
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}
