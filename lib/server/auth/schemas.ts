// One schema per operation, shared by the sign-up form, the server action and
// the /api/v1/auth routes.
import { z } from "zod";
import { canonicalTimeZone } from "@/lib/domain/time";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address." }));

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(200, "Use at most 200 characters.");

/** An IANA zone or alias, stored under its current name (Asia/Calcutta -> Asia/Kolkata). */
export const timeZoneSchema = z
  .string()
  .max(64)
  .transform((name, ctx) => {
    const zone = canonicalTimeZone(name);
    if (zone === null) {
      ctx.addIssue({ code: "custom", message: "Unknown time zone: use an IANA name such as Europe/Paris." });
      return z.NEVER;
    }
    return zone;
  });

export const signUpSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().min(1, "Enter your name.").max(120),
  roles: z
    .array(z.enum(["client", "host"]))
    .min(1)
    .max(2)
    .optional(),
  timeZone: timeZoneSchema.optional(),
});
export type SignUpInput = z.output<typeof signUpSchema>;

export const signInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type SignInInput = z.output<typeof signInSchema>;

export const createTokenSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
  name: z.string().trim().max(80).optional(),
});
export type CreateTokenInput = z.output<typeof createTokenSchema>;
