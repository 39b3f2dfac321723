// The actors of the authorization matrix and fuzzing, and a "cell": the fresh
// objects (booking, notes, availability rule, services, webhook, token...) one
// request is made against, so every (endpoint, actor) pair starts from the same
// state. Every secret and private text carries a canary that response bodies
// are scanned for.
import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db";
import { newBookingCode } from "@/lib/server/booking-code";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { makeAdmin, makeHost, makeUser, type TestUser } from "../../support/fixtures";

export const ACTORS = ["ownerClient", "otherClient", "ownerHost", "otherHost", "anonymous", "admin", "revoked"] as const;
export type ActorName = (typeof ACTORS)[number];

export interface World {
  users: Record<Exclude<ActorName, "anonymous" | "revoked">, TestUser & { number: number }>;
  /** A revoked token of a client account: must act as no credentials at all. */
  revokedToken: string;
  /** Every token in the world, by owner: a body may only ever show the caller's own. */
  tokens: Array<{ owner: ActorName; token: string }>;
  /** Someone who can get a token with a password (POST /api/v1/auth/token). */
  passwordUser: { email: string; password: string };
  /** Course, package and bundle services of the owning host (purchases). */
  services: Record<"individual" | "course" | "pkg" | "bundle", { id: string; number: number }>;
}

export const PASSWORD_HASH_CANARY = "CanaryHashZZ";

export async function buildWorld(): Promise<World> {
  const db = getPrisma();
  const withNumber = async (user: TestUser) => ({
    ...user,
    number: (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { number: true } })).number,
  });
  const ownerHost = await withNumber(await makeHost({ requiresConfirmation: true, minCancelNoticeHours: 0 }));
  const otherHost = await withNumber(await makeHost({ requiresConfirmation: true }));
  const ownerClient = await withNumber(await makeUser());
  const otherClient = await withNumber(await makeUser());
  const admin = await withNumber(await makeAdmin());
  const revokedUser = await makeUser();
  await db.apiToken.updateMany({ where: { userId: revokedUser.id }, data: { revokedAt: new Date() } });
  // A password hash with a recognisable body: no endpoint may ever echo it.
  await db.user.update({ where: { id: ownerClient.id }, data: { passwordHash: `$2b$04$${PASSWORD_HASH_CANARY}aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa` } });

  const { hashPassword } = await import("@/lib/server/auth/password");
  const passwordUser = { email: `pw-${randomUUID().slice(0, 8)}@test.dev`, password: "correct horse battery" };
  await db.user.create({ data: { email: passwordUser.email, name: "Password User", passwordHash: await hashPassword(passwordUser.password) }, select: { id: true } });

  const users = { ownerClient, otherClient, ownerHost, otherHost, admin };
  const individual = await db.service.create({ data: { hostId: ownerHost.id, name: "One to one", durationMinutes: 60 }, select: { id: true, number: true } });
  const service = (data: Parameters<typeof db.service.create>[0]["data"]) => db.service.create({ data, select: { id: true, number: true } });
  const course = await service({ hostId: ownerHost.id, kind: "course", name: "Course", durationMinutes: 60, capacity: 100 });
  const pkg = await service({ hostId: ownerHost.id, kind: "package", name: "Package", durationMinutes: 60, packageItems: { create: [{ serviceId: individual.id, quantity: 2 }] } });
  const bundle = await service({ hostId: ownerHost.id, kind: "bundle", name: "Bundle", durationMinutes: 60, bundleCredits: 5 });

  const tokens: World["tokens"] = [
    ...(Object.entries(users) as Array<[ActorName, TestUser]>).map(([owner, u]) => ({ owner, token: u.token })),
    { owner: "revoked", token: revokedUser.token },
  ];
  return { users, revokedToken: revokedUser.token, tokens, passwordUser, services: { individual, course, pkg, bundle } };
}

export function tokenOf(world: World, actor: ActorName): string | undefined {
  if (actor === "anonymous") return undefined;
  if (actor === "revoked") return world.revokedToken;
  return world.users[actor].token;
}

let slotCounter = 0;
let dateCounter = 0;
const DAY = 86_400_000;

/**
 * A fresh aligned UTC slot, never used before in this file: from day 2 on, at
 * whole hours, never on a Sunday (cells replace the owning host's Sunday rule).
 */
export function freshSlot(): string {
  for (;;) {
    const n = slotCounter++;
    const d = new Date(Date.now() + (2 + Math.floor(n / 22)) * DAY);
    d.setUTCHours(1 + (n % 22), 0, 0, 0);
    if (d.getUTCDay() !== 0) return d.toISOString();
  }
}

/** A date for dated availability (overrides), far from the days slots are taken on. */
export function freshOverrideDate(): string {
  const n = dateCounter++;
  return new Date(Date.now() + (200 + (n % 160)) * DAY).toISOString().slice(0, 10);
}

/** The objects one request is made against, created on first use. */
export class Cell {
  readonly canary = `CANARY${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  private cache = new Map<string, Promise<unknown>>();
  constructor(readonly world: World) {}

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as Promise<T>;
  }

  get hostId() {
    return this.world.users.ownerHost.id;
  }
  get clientId() {
    return this.world.users.ownerClient.id;
  }

  /**
   * An individual booking of the owning client with the owning host, with
   * private texts: pending in the future, or (for start/complete/no-show)
   * confirmed or in progress, begun ten minutes ago.
   */
  booking(state: "pending" | "confirmed" | "in_progress" = "pending"): Promise<{ id: string; number: number; start: string }> {
    return this.once(`booking-${state}`, async () => {
      const db = getPrisma();
      const start = state === "pending" ? freshSlot() : new Date(Math.floor((Date.now() - 600_000) / 60_000) * 60_000).toISOString();
      const { ownerClient, ownerHost } = this.world.users;
      if (state !== "pending") {
        // Cells run one after another: the begun session of an earlier cell
        // would overlap this one, so it steps aside.
        await db.booking.updateMany({ where: { hostId: ownerHost.id, startAt: { lt: new Date() }, status: { notIn: ["cancelled", "declined"] } }, data: { status: "cancelled" } });
      }
      const row = await db.booking.create({
        data: {
          code: newBookingCode(), kind: "individual", clientId: ownerClient.id, hostId: ownerHost.id,
          startAt: new Date(start), endAt: new Date(new Date(start).getTime() + 3_600_000), durationMinutes: 60,
          status: state, title: "Session", clientNotes: `${this.canary}-clientnotes`, notes: `${this.canary}-notes`,
        },
        select: { id: true, number: true },
      });
      await db.bookingNote.create({ data: { bookingId: row.id, authorId: ownerHost.id, content: `${this.canary}-private`, isPrivate: true }, select: { id: true } });
      await db.bookingNote.create({ data: { bookingId: row.id, authorId: ownerClient.id, content: `${this.canary}-shared`, isPrivate: false }, select: { id: true } });
      return { ...row, start };
    });
  }

  /** The owning host's Sunday rule, made afresh (slots never fall on Sundays). */
  rule(): Promise<string> {
    return this.once("rule", async () => {
      await getPrisma().availabilityRule.deleteMany({ where: { hostId: this.hostId, dayOfWeek: 0 } });
      const row = await getPrisma().availabilityRule.create({
        data: { hostId: this.hostId, dayOfWeek: 0, startTime: "00:00", endTime: "24:00", notes: `${this.canary}-rule` },
        select: { id: true },
      });
      return row.id;
    });
  }

  service(kind: "individual" | "group" = "individual"): Promise<{ id: string; number: number }> {
    return this.once(`service-${kind}`, () =>
      getPrisma().service.create({
        data: { hostId: this.hostId, kind, name: `Service ${kind}`, durationMinutes: 60, ...(kind === "group" ? { capacity: 5 } : {}) },
        select: { id: true, number: true },
      }),
    );
  }

  /** A webhook subscription of the owning host. */
  webhook(): Promise<string> {
    return this.once("webhook", async () => {
      const row = await getPrisma().webhookSubscription.create({
        data: { userId: this.hostId, url: "https://example.com/hook", secret: `whsec_${Buffer.from(this.canary).toString("base64")}` },
        select: { id: true },
      });
      return row.id;
    });
  }

  /** A second API token of the owning client, to be revoked through DELETE /me/tokens/{id}. */
  token(): Promise<string> {
    return this.once("token", async () => (await issueApiToken(getPrisma(), this.clientId, "second")).id);
  }

  /** The owning client's calendar feed path segment. */
  feed(): Promise<string> {
    return this.once("feed", async () => {
      const u = await getPrisma().user.findUniqueOrThrow({ where: { id: this.clientId }, select: { feedToken: true } });
      return `${u.feedToken}.ics`;
    });
  }

  /** A stored notification to the owning client (the admin mail outbox). */
  mail(): Promise<string> {
    return this.once("mail", async () => {
      const { ownerClient } = this.world.users;
      const row = await getPrisma().mailMessage.create({
        data: { party: "client", userId: ownerClient.id, kind: "confirmed", to: ownerClient.email, subject: "Confirmed", text: `${this.canary}-mail`, html: `<p>${this.canary}-mail</p>` },
        select: { id: true },
      });
      return row.id;
    });
  }

  /** The owning client's Google calendar connection, made afresh. */
  calendar(): Promise<string> {
    return this.once("calendar", async () => {
      const db = getPrisma();
      await db.calendarConnection.deleteMany({ where: { userId: this.clientId, provider: "google" } });
      await db.calendarConnection.create({ data: { userId: this.clientId, provider: "google", accessTokenEnc: `${this.canary}.enc.token` }, select: { id: true } });
      return "google";
    });
  }

  /** The owning host's relation with the owning client. */
  relation(): Promise<string> {
    return this.once("relation", async () => {
      await getPrisma().clientHostRelation.upsert({
        where: { clientId_hostId: { clientId: this.clientId, hostId: this.hostId } },
        create: { clientId: this.clientId, hostId: this.hostId },
        update: { active: true },
        select: { id: true },
      });
      return this.clientId;
    });
  }
}
