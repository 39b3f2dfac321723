/** Initials avatar (uploaded avatars would need img-src beyond 'self'). */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

export function Avatar({ name, size }: { name: string; size?: "lg" }) {
  return (
    <span className={size === "lg" ? "avatar avatar--lg" : "avatar"} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
