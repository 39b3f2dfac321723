// Seed 004 (Zoom meeting booking, Django REST Framework): errors are
// {"error": "..."} as the document shows them.
import { defineDialect } from "../common-b/route";

export const zoom = defineDialect({
  unauthenticated: "Authentication credentials were not provided.",
  methodNotAllowed: (method) => `Method "${method}" not allowed.`,
  body: (info) => ({ error: info.message, ...(info.messages.length > 1 ? { details: info.messages } : {}), ...info.extra }),
});
