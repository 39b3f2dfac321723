// An SMTP server on loopback that records what it is sent: the envelope,
// the AUTH credentials and the raw message. It can refuse a recipient with a
// temporary error, like a greylisting relay.
import net from "node:net";
import type { AddressInfo } from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
  auth: { user: string; password: string } | null;
}

export async function startFakeSmtp(options: { authMechanisms?: string[]; port?: number; onMessage?: (mail: ReceivedMail) => void } = {}) {
  const messages: ReceivedMail[] = [];
  const transcript: string[] = [];
  let refuseRcpt = 0;
  const refuseAddress = new Map<string, number>();
  const mechanisms = options.authMechanisms ?? ["PLAIN", "LOGIN"];

  const server = net.createServer((socket) => {
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let data = "";
    let mail: ReceivedMail = { from: "", to: [], data: "", auth: null };
    let auth: ReceivedMail["auth"] = null;
    let login: { step: "user" | "password"; user?: string } | null = null;
    const send = (line: string) => socket.write(`${line}\r\n`);
    send("220 fake.smtp.test ESMTP ready");

    function onLine(line: string) {
      if (inData) {
        if (line === ".") {
          inData = false;
          mail.data = data;
          mail.auth = auth;
          messages.push(mail);
          options.onMessage?.(mail);
          mail = { from: "", to: [], data: "", auth: null };
          data = "";
          return send("250 2.0.0 Ok: queued");
        }
        data += `${line.startsWith("..") ? line.slice(1) : line}\r\n`;
        return;
      }
      transcript.push(line);
      if (login) {
        const value = Buffer.from(line, "base64").toString("utf8");
        if (login.step === "user") {
          login = { step: "password", user: value };
          return send(`334 ${Buffer.from("Password:").toString("base64")}`);
        }
        auth = { user: login.user ?? "", password: value };
        login = null;
        return send("235 2.7.0 Authentication successful");
      }
      const [verb = "", ...rest] = line.split(" ");
      const arg = rest.join(" ");
      switch (verb.toUpperCase()) {
        case "EHLO":
          return socket.write(`250-fake.smtp.test\r\n250-AUTH ${mechanisms.join(" ")}\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n`);
        case "AUTH": {
          const [mechanism, initial] = arg.split(" ");
          if (mechanism === "PLAIN" && mechanisms.includes("PLAIN") && initial) {
            const [, user = "", password = ""] = Buffer.from(initial, "base64").toString("utf8").split("\u0000");
            auth = { user, password };
            return send("235 2.7.0 Authentication successful");
          }
          if (mechanism === "LOGIN" && mechanisms.includes("LOGIN")) {
            login = { step: "user" };
            return send(`334 ${Buffer.from("Username:").toString("base64")}`);
          }
          return send("504 5.5.4 Unrecognized authentication type");
        }
        case "MAIL":
          mail.from = /<(.*)>/.exec(arg)?.[1] ?? "";
          return send("250 2.1.0 Ok");
        case "RCPT": {
          const address = /<(.*)>/.exec(arg)?.[1] ?? "";
          const refusals = refuseAddress.get(address) ?? 0;
          if (refuseRcpt > 0 || refusals > 0) {
            if (refusals > 0) refuseAddress.set(address, refusals - 1);
            else refuseRcpt -= 1;
            return send("451 4.7.1 Greylisted, try again later");
          }
          mail.to.push(address);
          return send("250 2.1.5 Ok");
        }
        case "DATA":
          inData = true;
          return send("354 End data with <CR><LF>.<CR><LF>");
        case "QUIT":
          send("221 2.0.0 Bye");
          return socket.end();
        case "RSET":
          mail = { from: "", to: [], data: "", auth: null };
          return send("250 2.0.0 Ok");
        default:
          return send("502 5.5.2 Error: command not recognized");
      }
    }

    socket.on("data", (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        onLine(line);
      }
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    host: "127.0.0.1",
    port,
    messages,
    transcript,
    /** The next `count` RCPT TO commands get 451 (temporary). */
    refuseNextRecipients(count: number) {
      refuseRcpt = count;
    },
    /** RCPT TO this address gets 451 the next `count` times. */
    refuseRecipient(address: string, count = 1) {
      refuseAddress.set(address, count);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeSmtp = Awaited<ReturnType<typeof startFakeSmtp>>;

/** The decoded text/plain part of a recorded message. */
export function plainText(raw: string): string {
  const match = /Content-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(raw);
  return match ? Buffer.from(match[1]!.replace(/\r\n/g, ""), "base64").toString("utf8") : "";
}

export function attachment(raw: string, contentTypePrefix: string): string | null {
  const index = raw.indexOf(`Content-Type: ${contentTypePrefix}`);
  if (index < 0) return null;
  const match = /\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(raw.slice(index));
  return match ? Buffer.from(match[1]!.replace(/\r\n/g, ""), "base64").toString("utf8") : null;
}
