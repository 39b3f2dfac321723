// `npm run mail:fake`: a local SMTP server (the one the integration tests use)
// that accepts every message and prints who it is for, its subject and its
// text. Point Slotbook at it to try email without a real mail server:
//   SMTP_HOST=127.0.0.1 SMTP_PORT=2525 npm start
import { plainText, startFakeSmtp } from "../tests/integration/integrations-fakes/fake-smtp";

const port = Number(process.env.FAKE_SMTP_PORT ?? 2525);
const smtp = await startFakeSmtp({
  port,
  onMessage(mail) {
    const subject = /^Subject: (.*)$/m.exec(mail.data)?.[1]?.trim() ?? "";
    const attachments = [...mail.data.matchAll(/filename="([^"]+)"/g)].map((m) => m[1]).join(", ");
    console.log(`\n--- to ${mail.to.join(", ")} | ${subject}${attachments ? ` | attached: ${attachments}` : ""}\n${plainText(mail.data).trim()}`);
  },
});
console.log(`Fake SMTP server on ${smtp.host}:${smtp.port}. Start Slotbook with SMTP_HOST=${smtp.host} SMTP_PORT=${smtp.port}. Ctrl-C stops it.`);
process.on("SIGINT", () => void smtp.close().then(() => process.exit(0)));
