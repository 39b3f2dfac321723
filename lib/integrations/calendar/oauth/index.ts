export { providerConfig, type CalendarProviderName, type ProviderConfig } from "./config";
export { decryptToken, encryptToken, pkcePair, tokenKey } from "./crypto";
export { completeAuthorization, startAuthorization, usableConnection, STATE_TTL_MS, type TokenResponse, type UsableConnection } from "./flow";
export { syncBookingEvent, type CalendarEventInput, type SyncedEvent } from "./events";
