// Seed 003 (Mentara, NestJS): errors are Nest's HttpException bodies,
// {"statusCode": 404, "message": "...", "error": "Not Found"}; validation
// failures list one message per problem, as Nest's ValidationPipe does.
import { REASON_PHRASES } from "../common-b/errors";
import { defineDialect } from "../common-b/route";

export const mentara = defineDialect({
  unauthenticated: "Unauthorized",
  methodNotAllowed: () => "Method Not Allowed",
  body: (info) => ({
    statusCode: info.status,
    message: info.messages.length ? info.messages : info.code === "validation_failed" && info.fields.length ? [info.message] : info.message,
    error: REASON_PHRASES[info.status] ?? "Error",
    ...info.extra,
  }),
});
