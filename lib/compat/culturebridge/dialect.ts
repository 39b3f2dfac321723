// Seed 002 (CultureBridge, FastAPI): every error is {"detail": "..."}.
import { defineDialect } from "../common-b/route";

export const cb = defineDialect({
  unauthenticated: "Not authenticated",
  methodNotAllowed: () => "Method Not Allowed",
  body: (info) => ({ detail: info.message, ...info.extra }),
});
