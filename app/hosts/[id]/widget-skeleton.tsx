import styles from "./host.module.css";

/** Placeholder of the booking widget while its first month of slots loads. */
export function WidgetSkeleton() {
  return (
    <div className={`card ${styles.skeletonCard}`}>
      <p className="visually-hidden" role="status">
        Loading free times…
      </p>
      <span className={`${styles.bone} ${styles.boneTitle}`} />
      <div className={styles.skeletonServices}>
        <span className={`${styles.bone} ${styles.boneService}`} />
        <span className={`${styles.bone} ${styles.boneService}`} />
      </div>
      <div className={styles.skeletonBody}>
        <div className={styles.skeletonGrid}>
          {Array.from({ length: 35 }, (_, i) => (
            <span key={i} className={`${styles.bone} ${styles.boneDay}`} />
          ))}
        </div>
        <div className={styles.skeletonSlots}>
          {Array.from({ length: 6 }, (_, i) => (
            <span key={i} className={`${styles.bone} ${styles.boneSlot}`} />
          ))}
        </div>
      </div>
    </div>
  );
}
