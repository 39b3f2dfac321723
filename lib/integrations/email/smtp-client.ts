// A minimal SMTP submission client (RFC 5321) over node:net/tls: EHLO,
// STARTTLS, AUTH PLAIN or LOGIN, MAIL FROM, RCPT TO, DATA, QUIT. One
// connection per message: Slotbook sends a handful of mails per booking
// change, and a fresh connection never inherits a broken session.
import net from "node:net";
import tls from "node:tls";
import { hostname } from "node:os";
import { ProviderError } from "../jobs/provider-error";
import { addressOf, type SmtpConfig } from "./smtp-config";

interface Reply {
  code: number;
  lines: string[];
}

export interface SendResult {
  accepted: string[];
  response: string;
}

export function isLoopbackHost(host: string): boolean {
  if (host === "localhost") return true;
  const family = net.isIP(host);
  if (family === 4) return host.startsWith("127.");
  if (family === 6) return host === "::1";
  return false;
}

/** A failed conversation: 4xx replies and broken connections are worth a retry, 5xx are not. */
function smtpError(message: string, code: number | null): ProviderError {
  return new ProviderError("smtp", message, { status: code, retryable: code === null || (code >= 400 && code < 500) });
}

class SmtpConnection {
  private buffer = "";
  private waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | null = null;
  private pending: Reply[] = [];
  private lines: string[] = [];
  private failure: Error | null = null;

  constructor(private socket: net.Socket, private timeoutMs: number) {
    this.attach(socket);
  }

  private attach(socket: net.Socket) {
    this.socket = socket;
    socket.setEncoding("utf8");
    socket.setTimeout(this.timeoutMs, () => this.fail(smtpError(`no reply within ${this.timeoutMs} ms`, null)));
    socket.on("data", (chunk: string) => this.onData(chunk));
    socket.on("error", (error) => this.fail(smtpError(`connection failed (${(error as NodeJS.ErrnoException).code ?? error.message})`, null)));
    socket.on("close", () => this.fail(smtpError("connection closed by the server", null)));
  }

  private onData(chunk: string) {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf("\n")) >= 0) {
      const line = this.buffer.slice(0, newline).replace(/\r$/, "");
      this.buffer = this.buffer.slice(newline + 1);
      this.lines.push(line.slice(4));
      // "250-..." continues a multi-line reply, "250 ..." ends it.
      if (line.length < 4 || line[3] !== "-") {
        const reply = { code: Number(line.slice(0, 3)), lines: this.lines };
        this.lines = [];
        if (this.waiting) {
          const { resolve } = this.waiting;
          this.waiting = null;
          resolve(reply);
        } else {
          this.pending.push(reply);
        }
      }
    }
  }

  private fail(error: Error) {
    if (this.failure) return;
    this.failure = error;
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = null;
      reject(error);
    }
  }

  read(): Promise<Reply> {
    const next = this.pending.shift();
    if (next) return Promise.resolve(next);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async command(line: string | null, expect: number[], what: string): Promise<Reply> {
    if (line !== null) this.socket.write(`${line}\r\n`);
    const reply = await this.read();
    if (!expect.includes(reply.code)) {
      throw smtpError(`${what} refused: ${reply.code} ${reply.lines.join(" ").slice(0, 200)}`, reply.code);
    }
    return reply;
  }

  async upgrade(servername: string): Promise<void> {
    const plain = this.socket;
    plain.removeAllListeners("data");
    plain.removeAllListeners("close");
    plain.removeAllListeners("error");
    plain.setTimeout(0);
    const secure = tls.connect({ socket: plain, servername: net.isIP(servername) ? undefined : servername });
    await new Promise<void>((resolve, reject) => {
      secure.once("secureConnect", resolve);
      secure.once("error", (error) => reject(smtpError(`TLS handshake failed (${error.message})`, null)));
    });
    this.attach(secure);
  }

  write(data: string) {
    this.socket.write(data);
  }

  close() {
    this.socket.destroy();
  }
}

function connect(config: SmtpConfig, timeoutMs: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = config.implicitTls
      ? tls.connect({ host: config.host, port: config.port, servername: net.isIP(config.host) ? undefined : config.host })
      : net.connect({ host: config.host, port: config.port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(smtpError(`could not connect to ${config.host}:${config.port} within ${timeoutMs} ms`, null));
    }, timeoutMs);
    socket.once(config.implicitTls ? "secureConnect" : "connect", () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(smtpError(`could not connect to ${config.host}:${config.port} (${error.code ?? error.message})`, null));
    });
  });
}

const extensions = (reply: Reply) => reply.lines.slice(1).map((line) => line.toUpperCase());

/** RFC 5321 §4.5.2: a line starting with "." gets one more. */
export function dotStuff(message: string): string {
  return message.replace(/\r?\n/g, "\r\n").replace(/^\./gm, "..");
}

export async function sendMail(
  config: SmtpConfig,
  envelope: { to: string[]; data: string },
  options: { timeoutMs?: number; localName?: string } = {},
): Promise<SendResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const localName = options.localName ?? (hostname() || "slotbook.localhost");
  const conn = new SmtpConnection(await connect(config, timeoutMs), timeoutMs);
  try {
    await conn.command(null, [220], "greeting");
    let ehlo = await conn.command(`EHLO ${localName}`, [250], "EHLO");
    const secure = config.implicitTls;
    if (!secure && extensions(ehlo).some((ext) => ext === "STARTTLS")) {
      // On loopback (a local relay or a test server) TLS protects nothing.
      if (!isLoopbackHost(config.host)) {
        await conn.command("STARTTLS", [220], "STARTTLS");
        await conn.upgrade(config.host);
        ehlo = await conn.command(`EHLO ${localName}`, [250], "EHLO");
      }
    } else if (!secure && config.user && !isLoopbackHost(config.host)) {
      throw new ProviderError("smtp", `${config.host} offers no STARTTLS: refusing to send the password in clear`, { retryable: false });
    }
    if (config.user) await authenticate(conn, config, extensions(ehlo));
    await conn.command(`MAIL FROM:<${addressOf(config.from)}>`, [250], "MAIL FROM");
    const accepted: string[] = [];
    for (const rcpt of envelope.to) {
      await conn.command(`RCPT TO:<${rcpt}>`, [250, 251], `RCPT TO ${rcpt}`);
      accepted.push(rcpt);
    }
    await conn.command("DATA", [354], "DATA");
    const body = dotStuff(envelope.data);
    conn.write(`${body}${body.endsWith("\r\n") ? "" : "\r\n"}.\r\n`);
    const done = await conn.command(null, [250], "message");
    await conn.command("QUIT", [221], "QUIT").catch(() => undefined);
    return { accepted, response: `${done.code} ${done.lines.join(" ")}`.slice(0, 200) };
  } finally {
    conn.close();
  }
}

async function authenticate(conn: SmtpConnection, config: SmtpConfig, exts: string[]): Promise<void> {
  const auth = exts.find((ext) => ext.startsWith("AUTH")) ?? "";
  const user = config.user ?? "";
  const password = config.password ?? "";
  if (/\bPLAIN\b/.test(auth) || !/\bLOGIN\b/.test(auth)) {
    const token = Buffer.from(`\u0000${user}\u0000${password}`).toString("base64");
    await conn.command(`AUTH PLAIN ${token}`, [235], "AUTH PLAIN");
    return;
  }
  await conn.command("AUTH LOGIN", [334], "AUTH LOGIN");
  await conn.command(Buffer.from(user).toString("base64"), [334], "AUTH LOGIN user");
  await conn.command(Buffer.from(password).toString("base64"), [235], "AUTH LOGIN password");
}
