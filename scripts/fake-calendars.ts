// Local stand-ins for Google (OAuth + Calendar API v3) and Microsoft (OAuth +
// Graph), to try calendar sync without accounts: the consent screens say yes
// at once, events and free/busy live in memory. The tests use the same fakes.
//   npx tsx scripts/fake-calendars.ts   (then start the app with the printed variables)
import { startFakeCalendar } from "../tests/integration/integrations-fakes/fake-calendars";

const googlePort = Number(process.env.FAKE_GOOGLE_PORT ?? 4610);
const microsoftPort = Number(process.env.FAKE_MICROSOFT_PORT ?? 4611);

async function main() {
  const google = await startFakeCalendar("google", { clientId: "fake-google", clientSecret: "fake-google-secret", port: googlePort });
  const graph = await startFakeCalendar("microsoft", { clientId: "fake-microsoft", clientSecret: "fake-microsoft-secret", port: microsoftPort });
  // A standing busy block every day 12:00-13:00 UTC for the next two weeks, so free/busy has something to show.
  for (let day = 0; day < 14; day++) {
    const date = new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10);
    google.addBusy("demo", `${date}T12:00:00Z`, `${date}T13:00:00Z`);
    graph.addBusy("demo", `${date}T12:00:00Z`, `${date}T13:00:00Z`);
  }
  const key = Buffer.alloc(32, 42).toString("base64");
  console.log(
    [
      `CALENDAR_TOKEN_KEY=${key}`,
      "GOOGLE_CLIENT_ID=fake-google GOOGLE_CLIENT_SECRET=fake-google-secret",
      `GOOGLE_AUTH_URL=${google.authUrl} GOOGLE_TOKEN_URL=${google.tokenUrl} GOOGLE_CALENDAR_API_URL=${google.apiUrl}`,
      "MICROSOFT_CLIENT_ID=fake-microsoft MICROSOFT_CLIENT_SECRET=fake-microsoft-secret",
      `MICROSOFT_AUTH_URL=${graph.authUrl} MICROSOFT_TOKEN_URL=${graph.tokenUrl} MICROSOFT_GRAPH_URL=${graph.apiUrl}`,
    ].join("\n"),
  );
  console.log("Fake Google and Microsoft are up; Ctrl-C stops them.");
}

void main();
