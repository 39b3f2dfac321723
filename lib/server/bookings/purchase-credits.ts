// The session credits a package or bundle purchase puts on the client's
// ledger with its host. Granted when the purchase is settled: at once when
// it is free or paid at the session, on Stripe's payment otherwise (credits
// bought with a checkout that never completes must not be spendable).
import type { Prisma } from "@/lib/generated/prisma/client";

export async function grantPurchaseCredits(tx: Prisma.TransactionClient, purchaseId: string): Promise<void> {
  const purchase = await tx.booking.findUnique({
    where: { id: purchaseId },
    select: {
      kind: true,
      clientId: true,
      hostId: true,
      service: { select: { bundleCredits: true, packageItems: { where: { service: { active: true } }, select: { serviceId: true, quantity: true } } } },
    },
  });
  if (!purchase?.clientId || !purchase.service) return;
  const { clientId, hostId } = purchase;
  if (purchase.kind === "package") {
    const items = purchase.service.packageItems.filter((item) => item.quantity > 0);
    await tx.creditLedger.createMany({
      data: items.map((item) => ({ clientId, hostId, serviceId: item.serviceId, bookingId: purchaseId, delta: item.quantity, reason: "package purchased" })),
    });
  } else if (purchase.kind === "bundle" && (purchase.service.bundleCredits ?? 0) > 0) {
    await tx.creditLedger.create({
      data: { clientId, hostId, serviceId: null, bookingId: purchaseId, delta: purchase.service.bundleCredits ?? 0, reason: "bundle purchased" },
      select: { id: true },
    });
  }
}
