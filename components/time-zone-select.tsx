"use client";

import { startTransition, useEffect, useState } from "react";

/** The browser's IANA time zone (the server canonicalises aliases), or null. */
export function detectTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && /^[A-Za-z]/.test(zone) ? zone : null;
  } catch {
    return null;
  }
}

interface ZoneOption {
  value: string;
  label: string;
}
interface ZoneGroup {
  region: string;
  options: ZoneOption[];
}

function offsetLabel(zone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value;
    if (!part || part === "GMT") return "UTC+00:00";
    return part.replace("GMT", "UTC").replace("-", "\u2212");
  } catch {
    return "";
  }
}

function buildGroups(extra: readonly string[], withOffsets: boolean): ZoneGroup[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  const all = Array.from(new Set([...zones, ...extra, "UTC"])).sort();
  const now = new Date();
  const groups = new Map<string, ZoneOption[]>();
  for (const zone of all) {
    const slash = zone.indexOf("/");
    const region = slash === -1 ? "Other" : zone.slice(0, slash);
    const place = (slash === -1 ? zone : zone.slice(slash + 1)).replaceAll("_", " ").replaceAll("/", " / ");
    const offset = withOffsets ? offsetLabel(zone, now) : "";
    const list = groups.get(region) ?? [];
    list.push({ value: zone, label: offset ? `${place} (${offset})` : place });
    groups.set(region, list);
  }
  const other = groups.get("Other");
  groups.delete("Other");
  const result = [...groups.entries()].map(([region, options]) => ({ region, options }));
  if (other) result.push({ region: "Other", options: other });
  return result;
}

// One formatter per zone makes the offsets the costly part (a few hundred ms on
// a slow phone): computed once per page, and only when someone reaches for a select.
let withOffsetsCache: ZoneGroup[] | null = null;
function groupsWithOffsets(extra: readonly string[]): ZoneGroup[] {
  const missing = extra.some((zone) => !withOffsetsCache?.some((g) => g.options.some((o) => o.value === zone)));
  if (!withOffsetsCache || missing) withOffsetsCache = buildGroups(extra, true);
  return withOffsetsCache;
}

type SelectProps = Omit<React.ComponentProps<"select">, "value" | "onChange" | "children"> & {
  value: string;
  onChange: (zone: string) => void;
};

/**
 * A select over every IANA zone the browser knows, grouped by region with the
 * current UTC offset. The list is built after mount (it depends on the
 * browser's Intl data), so the server renders just the current value; the
 * offsets join the labels on the first focus, pointer or key press, before
 * the list opens.
 */
export function TimeZoneSelect({ value, onChange, className = "select", onFocus, onPointerDown, onKeyDown, ...props }: SelectProps) {
  const [groups, setGroups] = useState<ZoneGroup[] | null>(null);
  const [offsets, setOffsets] = useState(false);

  useEffect(() => {
    // After the page has settled, and as an interruptible render: several
    // hundred options must not hold up hydration or the first input.
    const build = () =>
      startTransition(() => {
        setGroups((current) => current ?? withOffsetsCache ?? buildGroups(value ? [value] : [], false));
        if (withOffsetsCache) setOffsets(true);
      });
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(build, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(build, 200);
    return () => window.clearTimeout(timer);
    // Built once: the current value is added below if it is ever missing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const addOffsets = () => {
    if (offsets) return;
    setOffsets(true);
    setGroups(groupsWithOffsets(value ? [value] : []));
  };

  const known = groups?.some((g) => g.options.some((o) => o.value === value)) ?? false;

  return (
    <select
      {...props}
      className={className}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onFocus={(e) => {
        addOffsets();
        onFocus?.(e);
      }}
      onPointerDown={(e) => {
        addOffsets();
        onPointerDown?.(e);
      }}
      onKeyDown={(e) => {
        addOffsets();
        onKeyDown?.(e);
      }}
    >
      {!known ? <option value={value}>{value.replaceAll("_", " ")}</option> : null}
      {groups?.map((group) => (
        <optgroup key={group.region} label={group.region}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
