"use client";

import { useState } from "react";
import { offsetLabel } from "./calendar/dates";

interface ZoneOption {
  value: string;
  label: string;
}
interface ZoneGroup {
  region: string;
  options: ZoneOption[];
}

function buildGroups(extra: readonly string[]): ZoneGroup[] {
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
    const offset = offsetLabel(zone, now);
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

// Several hundred options, each with its offset: built once per page, and only when someone
// reaches for a select (docs/decisions/018).
let groupsCache: ZoneGroup[] | null = null;
function zoneGroups(extra: readonly string[]): ZoneGroup[] {
  const missing = extra.some((zone) => !groupsCache?.some((g) => g.options.some((o) => o.value === zone)));
  if (!groupsCache || missing) groupsCache = buildGroups(extra);
  return groupsCache;
}

type SelectProps = Omit<React.ComponentProps<"select">, "value" | "onChange" | "children"> & {
  value: string;
  onChange: (zone: string) => void;
};

/**
 * A select over every IANA zone the browser knows, grouped by region with the
 * current UTC offset. Until the first focus, pointer or key press it holds
 * just the current value: the full list (which depends on the browser's Intl
 * data) is built then, before the list opens, and never during a page load,
 * where laying out several hundred options is a long task on a phone.
 */
export function TimeZoneSelect({ value, onChange, className = "select", onFocus, onPointerDown, onKeyDown, ...props }: SelectProps) {
  const [groups, setGroups] = useState<ZoneGroup[] | null>(null);

  const build = () => {
    if (!groups) setGroups(zoneGroups(value ? [value] : []));
  };

  const known = groups?.some((g) => g.options.some((o) => o.value === value)) ?? false;

  return (
    <select
      {...props}
      className={className}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onFocus={(e) => {
        build();
        onFocus?.(e);
      }}
      onPointerDown={(e) => {
        build();
        onPointerDown?.(e);
      }}
      onKeyDown={(e) => {
        build();
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
