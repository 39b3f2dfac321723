// Lets a use-case wake the in-process runner right after its transaction
// commits, so a Zoom link or a refund does not wait for the next poll. A
// no-op when no runner runs in this process (tests, scripts).
const registry = globalThis as unknown as { slotbookIntegrationKick?: () => void };

export function kickIntegrationRunner(): void {
  registry.slotbookIntegrationKick?.();
}

export function onIntegrationKick(handler: () => void): () => void {
  registry.slotbookIntegrationKick = handler;
  return () => {
    if (registry.slotbookIntegrationKick === handler) registry.slotbookIntegrationKick = undefined;
  };
}
