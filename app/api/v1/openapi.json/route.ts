// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the zod
// schemas (lib/http/openapi). Public; rendered for humans at /docs/api.
import { openApiDocument } from "@/lib/http/openapi/document";
import { errorResponse } from "@/lib/http/problem";

export async function GET(): Promise<Response> {
  try {
    return Response.json(openApiDocument(), {
      headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
