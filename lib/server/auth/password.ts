import bcrypt from "bcryptjs";

// bcrypt cost 10 keeps sign-in around 50 ms on the 2-core machines we run on.
const COST = Number(process.env.BCRYPT_COST ?? 10);

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a fixed hash when the user has none, so that timing does
  // not reveal whether the email exists.
  return bcrypt.compare(password, hash ?? DUMMY_HASH);
}

const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.yFvJQqWZ5gL6nT6S8wR1b1eYQ9bK";
