import type { Db } from "@/lib/db";
import { AppError } from "./errors";
import { verifyPassword } from "./auth/password";
import type { SignInInput } from "./auth/schemas";
import { userPublicSelect } from "./user-select";

/** Checks an email and password; one message for both failure cases. */
export async function authenticatePassword(db: Db, input: SignInInput) {
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { ...userPublicSelect, passwordHash: true },
  });
  const ok = await verifyPassword(input.password, user?.passwordHash);
  if (!user || !ok) throw new AppError("invalid_credentials", "Email or password is incorrect.");
  const { passwordHash: _hash, ...publicUser } = user;
  return publicUser;
}
