// Next.js calls register() once per server process, in every runtime. The
// background loops are Node-only (node:http, pg): the literal NEXT_RUNTIME
// test lets the bundler drop the dynamic imports from the edge build.
export async function register(): Promise<void> {
  if (
    process.env.NEXT_RUNTIME === "nodejs" &&
    // `next build` loads this file to prerender; no queue to drain there.
    process.env.NEXT_PHASE !== "phase-production-build"
  ) {
    // Each loop is optional to the app: a failure to start one is logged and
    // the server keeps serving.
    if (process.env.WEBHOOK_WORKER !== "off") {
      try {
        const { startAppWebhookWorker } = await import("./lib/integrations/webhooks/start-in-app");
        startAppWebhookWorker();
      } catch (error) {
        console.error("[slotbook] webhook worker not started", error);
      }
    }
    if (process.env.INTEGRATION_RUNNER !== "off") {
      try {
        const { startAppIntegrationRunner } = await import("./lib/integrations/jobs/start-in-app");
        startAppIntegrationRunner();
      } catch (error) {
        console.error("[slotbook] integration runner not started", error);
      }
    }
  }
}
