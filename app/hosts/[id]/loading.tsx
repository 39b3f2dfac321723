import styles from "./host.module.css";
import { WidgetSkeleton } from "./widget-skeleton";

export default function Loading() {
  return (
    <div className={styles.page}>
      <div className={styles.crumbs}>
        <span className={`${styles.bone}`} style={{ width: "6rem", height: "1.25rem" }} />
      </div>
      <div className={styles.layout}>
        <div className={`${styles.profile} ${styles.summary}`}>
          <div className={styles.identity}>
            <span className={`${styles.bone} ${styles.boneAvatar}`} />
            <div className={styles.identityText}>
              <span className={`${styles.bone} ${styles.boneName}`} />
              <span className={`${styles.bone} ${styles.boneLine}`} />
            </div>
          </div>
          <span className={`${styles.bone} ${styles.boneLine}`} />
          <span className={`${styles.bone} ${styles.boneLine}`} />
          <span className={`${styles.bone} ${styles.boneBlock}`} />
        </div>
        <div className={styles.booking}>
          <WidgetSkeleton />
        </div>
      </div>
    </div>
  );
}
