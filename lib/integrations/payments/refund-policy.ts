// How much of a paid booking goes back when it is called off. The host (or an
// admin, or the system) calling it off refunds in full: the client did
// nothing wrong. A client gets everything back with enough notice
// (HostProfile.refundFullNoticeHours, default 24 h), otherwise
// REFUND_LATE_PERCENT of the price (default 0).
export type RefundReason = "host_cancelled" | "declined" | "timely_cancellation" | "late_cancellation" | "paid_after_cancellation";

export interface RefundDecision {
  amountCents: number;
  reason: RefundReason;
}

export function refundOnCancel(input: {
  priceCents: number;
  refundedCents: number;
  cancelledBy: string;
  noticeHours: number | null;
  fullNoticeHours: number;
  lateRefundPercent: number;
}): RefundDecision {
  const remaining = Math.max(0, input.priceCents - input.refundedCents);
  if (input.cancelledBy !== "client") return { amountCents: remaining, reason: "host_cancelled" };
  if (input.noticeHours !== null && input.noticeHours >= input.fullNoticeHours) return { amountCents: remaining, reason: "timely_cancellation" };
  const late = Math.round((input.priceCents * input.lateRefundPercent) / 100);
  return { amountCents: Math.max(0, Math.min(remaining, late - input.refundedCents)), reason: "late_cancellation" };
}
