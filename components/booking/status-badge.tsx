import { statusMeta, toneClass } from "./format";

export function StatusBadge({ status, large = false }: { status: string; large?: boolean }) {
  const meta = statusMeta(status);
  return (
    <span className={toneClass(meta.tone)} style={large ? { fontSize: "0.8125rem", padding: "0.2rem 0.7rem" } : undefined}>
      {meta.label}
    </span>
  );
}
