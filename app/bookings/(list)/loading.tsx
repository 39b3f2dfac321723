import styles from "./bookings.module.css";

export default function Loading() {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1>My bookings</h1>
          <span className={styles.bone} style={{ width: "14rem", height: "1.1rem" }} />
        </div>
      </header>
      <p className="visually-hidden" role="status">
        Loading your bookings…
      </p>
      <div className={styles.side} aria-hidden="true">
        <div className={styles.stats}>
          <span className={styles.bone} style={{ height: "7rem" }} />
        </div>
      </div>
      <div className={styles.main} aria-hidden="true" style={{ gap: "0.75rem" }}>
        <span className={styles.bone} style={{ height: "2.5rem", width: "12rem" }} />
        <span className={styles.bone} style={{ height: "4.25rem" }} />
        {Array.from({ length: 4 }, (_, i) => (
          <span key={i} className={styles.bone} style={{ height: "5.5rem", borderRadius: "16px" }} />
        ))}
      </div>
    </div>
  );
}
