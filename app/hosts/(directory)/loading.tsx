import styles from "./hosts.module.css";

export default function Loading() {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1>Find a host</h1>
        <p className={styles.lede}>Mentors, coaches, tutors and therapists. Every time you see is free and shown in your own time zone.</p>
      </header>
      <p className="visually-hidden" role="status">
        Loading hosts…
      </p>
      <div className={styles.filters} aria-hidden="true">
        <span className={styles.bone} style={{ height: "4.25rem" }} />
      </div>
      <ul className={styles.grid} aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <li key={i} className={`${styles.card} ${styles.skeletonCard}`}>
            <div className={styles.cardHead}>
              <span className={styles.bone} style={{ width: "3.5rem", height: "3.5rem", borderRadius: "50%" }} />
              <span className={styles.bone} style={{ width: "9rem", height: "1.25rem" }} />
            </div>
            <span className={styles.bone} style={{ width: "100%", height: "2.5rem" }} />
            <span className={styles.bone} style={{ width: "70%", height: "1.25rem" }} />
            <span className={styles.bone} style={{ width: "100%", height: "3.5rem", marginTop: "auto" }} />
          </li>
        ))}
      </ul>
    </div>
  );
}
