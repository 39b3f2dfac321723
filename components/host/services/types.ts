import type { listMyServices } from "@/lib/server/host-setup/services";

export type ServiceRow = Awaited<ReturnType<typeof listMyServices>>[number];
export interface PackageItemRow {
  packageId: string;
  serviceId: string;
  quantity: number;
  service: { name: string };
}

export const KINDS = [
  { value: "individual", title: "One-to-one", description: "A session with one client at a time they pick." },
  { value: "group", title: "Group session", description: "You schedule sessions; several clients take seats." },
  { value: "course", title: "Course", description: "A series of scheduled sessions, sold as one." },
  { value: "package", title: "Package", description: "Several of your services sold together." },
  { value: "bundle", title: "Bundle of credits", description: "Prepaid credits, each worth one session." },
] as const;
export type Kind = (typeof KINDS)[number]["value"];

export const KIND_LABELS: Record<string, string> = Object.fromEntries(KINDS.map((k) => [k.value, k.title]));

export const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "INR", "SGD", "BRL", "MXN", "ZAR"];
