import type { Tx } from "../tx";

/**
 * Session credits a client holds with a host: bundle credits (serviceId null)
 * spend on any session; package credits only on their service.
 */
export async function creditBalance(db: Tx, clientId: string, hostId: string, serviceId: string | null): Promise<number> {
  const result = await db.creditLedger.aggregate({
    where: { clientId, hostId, OR: [{ serviceId: null }, ...(serviceId ? [{ serviceId }] : [])] },
    _sum: { delta: true },
  });
  return result._sum.delta ?? 0;
}
