// Through PrismaClient + adapter-pg a constraint violation raised by raw SQL
// constraints (our exclusion constraints) is not a P-coded known error: the
// driver's SQLSTATE sits on the error or somewhere down its cause chain.
const EXCLUSION_VIOLATION = "23P01";
const UNIQUE_VIOLATION = "23505";
const DEADLOCK = "40P01";

function sqlStates(error: unknown): string[] {
  const states: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 6; depth += 1) {
    const record = current as Record<string, unknown>;
    for (const key of ["code", "originalCode"]) {
      if (typeof record[key] === "string") states.push(record[key] as string);
    }
    const meta = record.meta as Record<string, unknown> | undefined;
    const driverError = meta?.driverAdapterError as Record<string, unknown> | undefined;
    const cause = driverError?.cause as Record<string, unknown> | undefined;
    if (typeof cause?.originalCode === "string") states.push(cause.originalCode);
    current = record.cause ?? driverError;
  }
  return states;
}

export function isExclusionViolation(error: unknown): boolean {
  return sqlStates(error).includes(EXCLUSION_VIOLATION);
}

/** PostgreSQL broke a lock cycle by aborting this statement: it may simply be run again. */
export function isDeadlock(error: unknown): boolean {
  return sqlStates(error).includes(DEADLOCK);
}

export function isUniqueViolation(error: unknown): boolean {
  const states = sqlStates(error);
  return states.includes("P2002") || states.includes(UNIQUE_VIOLATION);
}

/** Name of the violated constraint when the driver reports it. */
export function violatedConstraint(error: unknown): string | undefined {
  const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error);
  return /booking_(host|client)_no_overlap|booking_one_seat_per_client/.exec(text)?.[0];
}
