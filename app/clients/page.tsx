import type { Metadata } from "next";
import { Announcer } from "@/components/host/announcer";
import { AddClientForm, AudienceForm, RelationButton } from "@/components/host/clients/client-forms";
import styles from "@/components/host/clients/clients.module.css";
import { dateTimeIn } from "@/components/host/format";
import { NotHost } from "@/components/host/not-host";
import { EmptyState, PageHeader, SectionHead } from "@/components/host/page-header";
import { requireUser } from "@/components/host/session";
import ui from "@/components/host/ui.module.css";
import { getPrisma } from "@/lib/db";
import { listClients } from "@/lib/server/host-setup/clients";
import { getHostSettings } from "@/lib/server/host-setup/host-settings";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage() {
  const { user, actor, isHost } = await requireUser("/clients");
  if (!isHost) return <NotHost what="Clients" />;
  const db = getPrisma();
  const settings = await getHostSettings(db, actor);
  const clients = await listClients(db, actor);
  const zone = user.timeZone;
  const audience = settings.audience as "anyone" | "related_clients";
  const related = clients.filter((c) => c.relation?.active).length;

  return (
    <Announcer>
      <div className={ui.page}>
        <PageHeader title="Clients" lead="Everyone who has booked you, and the clients you work with." />

        <div className={`${ui.grid2}`} style={{ alignItems: "start" }}>
          <section className={`card ${ui.section}`} aria-labelledby="audience-title">
            <SectionHead id="audience-title" title="Who can book you" />
            <AudienceForm initial={audience} />
          </section>
          <section className={`card ${ui.section}`} aria-labelledby="add-title">
            <SectionHead
              id="add-title"
              title="Add a client"
              description={audience === "related_clients" ? "Only the clients you add can book you." : "Related clients can still book you if you later take only related clients."}
            />
            <AddClientForm />
          </section>
        </div>

        <section className={`card ${ui.section}`} aria-labelledby="clients-title">
          <SectionHead
            id="clients-title"
            title={`Your clients (${clients.length})`}
            description={`${related} related. Times are in your zone, ${zone}.`}
          />
          {clients.length === 0 ? (
            <EmptyState title="No clients yet">Clients appear here after their first booking, or when you add them by email.</EmptyState>
          ) : (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption className="visually-hidden">Your clients, with their sessions and relationship</caption>
                <thead>
                  <tr>
                    <th scope="col">Client</th>
                    <th scope="col">Sessions</th>
                    <th scope="col">Last session</th>
                    <th scope="col">Next session</th>
                    <th scope="col">Relationship</th>
                  </tr>
                </thead>
                <tbody>
                  {clients.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <span className={styles.who}>
                          <strong>{c.name}</strong>
                          <span>
                            <a href={`mailto:${c.email}`}>{c.email}</a>
                          </span>
                        </span>
                      </th>
                      <td data-label="Sessions" className={styles.num}>
                        {c.sessions.total}
                        <span className={styles.sub}>
                          {[c.sessions.completed ? `${c.sessions.completed} completed` : null, c.sessions.upcoming ? `${c.sessions.upcoming} upcoming` : null, c.sessions.cancelled ? `${c.sessions.cancelled} cancelled` : null].filter(Boolean).join(" · ") || "—"}
                        </span>
                      </td>
                      <td data-label="Last session" className={styles.when}>
                        {c.lastSessionAt ? dateTimeIn(c.lastSessionAt, zone) : "—"}
                      </td>
                      <td data-label="Next session" className={styles.when}>
                        {c.nextSessionAt ? dateTimeIn(c.nextSessionAt, zone) : "—"}
                      </td>
                      <td data-label="Relationship">
                        <div className={ui.itemActions}>
                          {c.relation ? (
                            <span className={c.relation.active ? "badge badge--success" : "badge"}>{c.relation.active ? "Related" : "Inactive"}</span>
                          ) : (
                            <span className="badge">Not related</span>
                          )}
                          {c.relation ? <RelationButton clientId={c.id} email={c.email} name={c.name} active={c.relation.active} /> : <RelationButton clientId={c.id} email={c.email} name={c.name} active={false} relationLabel="Relate" />}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </Announcer>
  );
}
