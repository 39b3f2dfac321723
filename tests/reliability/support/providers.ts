// Provider settings that turn the optional endpoints on, so they answer with
// real validation instead of 501 "not configured". Nothing is ever called:
// the provider URLs point at a closed port.
export function configureProvidersForTests(): void {
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_reliability",
    STRIPE_WEBHOOK_SECRET: "whsec_cmVsaWFiaWxpdHk=",
    STRIPE_API_URL: "http://127.0.0.1:9",
    GOOGLE_CLIENT_ID: "reliability-client",
    GOOGLE_CLIENT_SECRET: "reliability-secret",
    GOOGLE_TOKEN_URL: "http://127.0.0.1:9/token",
    CALENDAR_TOKEN_KEY: Buffer.alloc(32, 7).toString("base64"),
  });
}
