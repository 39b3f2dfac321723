import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";

/** A Prisma client or an interactive transaction: repository code takes either. */
export type Tx = Prisma.TransactionClient | Db;
