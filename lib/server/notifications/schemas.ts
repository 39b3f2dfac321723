// Notification preferences: one schema for the Settings form, its server
// action and PATCH /api/v1/me/notifications.
import { z } from "zod";

export const notificationPreferencesSchema = z.strictObject({
  emailReminders: z.boolean({ message: "Choose whether to get reminders." }),
});
export type NotificationPreferences = z.output<typeof notificationPreferencesSchema>;
