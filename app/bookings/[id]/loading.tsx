import styles from "@/components/booking/booking-detail.module.css";

export default function Loading() {
  return (
    <div className={styles.page}>
      <p className="visually-hidden" role="status">
        Loading the booking…
      </p>
      <span className={styles.bone} style={{ width: "7rem", height: "1.25rem" }} />
      <div aria-hidden="true" style={{ display: "grid", gap: "0.5rem" }}>
        <span className={styles.bone} style={{ width: "min(28rem, 90%)", height: "2rem" }} />
        <span className={styles.bone} style={{ width: "14rem", height: "1.1rem" }} />
      </div>
      <div className={styles.layout} aria-hidden="true">
        <div className={styles.main}>
          <div className="card">
            <div style={{ display: "grid", gap: "1rem" }}>
              {Array.from({ length: 5 }, (_, i) => (
                <span key={i} className={styles.bone} style={{ height: "1.5rem" }} />
              ))}
            </div>
          </div>
          <div className="card">
            <span className={styles.bone} style={{ height: "6rem" }} />
          </div>
        </div>
        <div className={styles.side}>
          <div className="card">
            <span className={styles.bone} style={{ height: "4rem" }} />
          </div>
          <div className="card">
            <span className={styles.bone} style={{ height: "7rem" }} />
          </div>
        </div>
      </div>
    </div>
  );
}
