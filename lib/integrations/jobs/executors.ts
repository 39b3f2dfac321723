// Job kind -> the integration that runs it.
import { calendarCreateJob, calendarDeleteJob, calendarUpdateJob } from "../calendar/sync/calendar-jobs";
import { emailNotifyJob } from "../email/email-jobs";
import { reminderJob } from "../email/reminder-jobs";
import { checkoutJob, expireCheckoutJob, refundJob } from "../payments/payment-jobs";
import { videoCreateJob, videoDeleteJob, videoUpdateJob } from "../video/video-jobs";
import type { JobExecutor } from "./executor";
import type { JobKind } from "./job-kinds";

const EXECUTORS: Record<JobKind, JobExecutor> = {
  "video.create": videoCreateJob,
  "video.update": videoUpdateJob,
  "video.delete": videoDeleteJob,
  "email.notify": emailNotifyJob,
  "payment.checkout": checkoutJob,
  "payment.refund": refundJob,
  "payment.expire_checkout": expireCheckoutJob,
  "reminder.day_before": reminderJob,
  "reminder.hour_before": reminderJob,
  "calendar.create": calendarCreateJob,
  "calendar.update": calendarUpdateJob,
  "calendar.delete": calendarDeleteJob,
};

export function executorFor(kind: string): JobExecutor | undefined {
  return (EXECUTORS as Record<string, JobExecutor | undefined>)[kind];
}
