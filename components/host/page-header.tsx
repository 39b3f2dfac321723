import styles from "./ui.module.css";

export function PageHeader({ title, lead, actions }: { title: string; lead?: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <header className={styles.header}>
      <div>
        <h1>{title}</h1>
        {lead ? <p className={styles.lead}>{lead}</p> : null}
      </div>
      {actions ? <div className={styles.headerActions}>{actions}</div> : null}
    </header>
  );
}

export function SectionHead({ id, title, description, actions, level = 2 }: { id: string; title: string; description?: React.ReactNode; actions?: React.ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className={styles.sectionHead}>
      <div>
        <Heading id={id}>{title}</Heading>
        {description ? <p>{description}</p> : null}
      </div>
      {actions ? <div className={styles.itemActions}>{actions}</div> : null}
    </div>
  );
}

export function EmptyState({ title, children, icon }: { title: string; children?: React.ReactNode; icon?: React.ReactNode }) {
  return (
    <div className={styles.empty}>
      {icon}
      <p className={styles.emptyTitle}>{title}</p>
      {children ? <div className="muted small">{children}</div> : null}
    </div>
  );
}

export function Skeleton({ height = "1rem", width = "100%" }: { height?: string; width?: string }) {
  return <span className={styles.skeleton} style={{ height, width }} aria-hidden="true" />;
}

/** The loading.tsx of every host page: a header and a few placeholder cards. */
export function PageSkeleton({ label, sections = 2 }: { label: string; sections?: number }) {
  return (
    <div className={styles.page} aria-busy="true">
      <p className="visually-hidden" role="status">
        {label}
      </p>
      <div className={styles.header}>
        <div style={{ display: "grid", gap: "0.5rem", width: "min(28rem, 100%)" }}>
          <Skeleton height="2.25rem" width="60%" />
          <Skeleton height="1rem" />
        </div>
      </div>
      {Array.from({ length: sections }, (_, i) => (
        <div key={i} className="card" style={{ display: "grid", gap: "0.75rem" }}>
          <Skeleton height="1.25rem" width="40%" />
          <Skeleton height="3rem" />
          <Skeleton height="3rem" />
        </div>
      ))}
    </div>
  );
}
