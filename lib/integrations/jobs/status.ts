// Which providers are on, for GET /api/v1/integrations and the UI. Never
// reveals a credential, only whether it is set.
import { providerConfigured } from "../calendar/sync/connections";
import { smtpConfig } from "../email/smtp-config";
import { stripeConfig } from "../payments/stripe-config";
import { zoomConfig, zoomMissing } from "../video/zoom-config";

export interface IntegrationStatus {
  video: { provider: "zoom" | "jitsi"; configured: boolean; missing: string[]; summary: string };
  payments: { provider: "stripe" | null; configured: boolean; webhookConfigured: boolean; summary: string };
  email: { provider: "smtp" | null; configured: boolean; summary: string };
  calendar: { configured: boolean; google: boolean; outlook: boolean; summary: string };
}

export function integrationStatus(env: NodeJS.ProcessEnv = process.env): IntegrationStatus {
  const zoom = zoomConfig(env);
  const missing = zoomMissing(env);
  const stripe = stripeConfig(env);
  const smtp = smtpConfig(env);
  const google = providerConfigured("google");
  const outlook = providerConfigured("outlook");
  return {
    video: {
      provider: zoom ? "zoom" : "jitsi",
      configured: zoom !== null,
      missing,
      summary: zoom
        ? "Zoom: confirmed video sessions get a Zoom meeting."
        : missing.length
          ? `Zoom is off (${missing.join(", ")} not set): video sessions get a Jitsi Meet room.`
          : "Zoom is off: video sessions get a Jitsi Meet room.",
    },
    payments: {
      provider: stripe ? "stripe" : null,
      configured: stripe !== null,
      webhookConfigured: Boolean(stripe?.webhookSecret),
      summary: !stripe
        ? "Payments are off: priced sessions are settled outside Slotbook."
        : stripe.webhookSecret
          ? "Stripe Checkout: priced sessions are paid when booked."
          : "Stripe is on but STRIPE_WEBHOOK_SECRET is not set: payments cannot be confirmed.",
    },
    email: {
      provider: smtp ? "smtp" : null,
      configured: smtp !== null,
      summary: smtp
        ? `Email notifications via ${smtp.host}:${smtp.port}, each also kept in the mail outbox (/admin/mail).`
        : "Email is off: SMTP_HOST is not set, so notifications are kept in the mail outbox (/admin/mail) and not sent.",
    },
    calendar: {
      configured: google || outlook,
      google,
      outlook,
      summary:
        google || outlook
          ? `${[google ? "Google Calendar" : null, outlook ? "Outlook" : null].filter(Boolean).join(" and ")} can be connected below: sessions are written to it and its busy times kept out of slots.`
          : "Calendar sync is off (GOOGLE_CLIENT_ID/MICROSOFT_CLIENT_ID and CALENDAR_TOKEN_KEY not set): use the calendar feed.",
    },
  };
}
