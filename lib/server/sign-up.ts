import type { Db } from "@/lib/db";
import { isUniqueViolation } from "./db-errors";
import { AppError } from "./errors";
import { hashPassword } from "./auth/password";
import type { SignUpInput } from "./auth/schemas";
import { userPublicSelect } from "./user-select";

export async function signUp(db: Db, input: SignUpInput) {
  const roles = input.roles ?? ["client"];
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("email_taken", "An account with this email already exists.", { fields: [{ field: "email", message: "This email is already registered." }] });
  try {
    return await db.user.create({
      data: {
        email: input.email,
        name: input.name,
        passwordHash,
        roles,
        timeZone: input.timeZone ?? "UTC",
        ...(roles.includes("host") ? { hostProfile: { create: {} } } : {}),
      },
      select: userPublicSelect,
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError("email_taken", "An account with this email already exists.", { fields: [{ field: "email", message: "This email is already registered." }] });
    throw error;
  }
}
