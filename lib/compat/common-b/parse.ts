// Request validation in the dialects' words: field names as the document
// spells them, one message per problem.
import type { z } from "zod";
import { DialectError } from "./errors";

/** Parses or throws a 400 DialectError whose messages read "<field> <problem>". */
export function parseDialect<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join(".");
    if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) return field ? `${field} is required` : "body is required";
    if (!field || issue.message.startsWith(field)) return issue.message;
    return `${field}: ${issue.message}`;
  });
  throw new DialectError(400, messages.join("; "), {}, messages);
}
