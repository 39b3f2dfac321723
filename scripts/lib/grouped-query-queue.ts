// pglite-socket multiplexes many client connections onto one PGlite, but it
// interleaves them message by message. The extended query protocol (Parse, Bind,
// Describe, Execute ... Sync) keeps state between messages (the unnamed
// statement and portal), so another connection's Parse/Bind landing in between
// breaks the first one: "portal does not exist", or rows of the wrong query.
// This queue keeps the connection that started a message group in charge until
// its Sync (or a simple Query) has run, and for the whole of an open transaction.
//
// It also runs a group in one go: Parse, Bind, Describe and Execute are held
// (and acknowledged at once, so the socket handler hands over the next one)
// until the message that ends the group arrives, and the whole group goes
// into PGlite as one buffer, which it processes message by message. One call
// into WebAssembly, one file-system sync and one write to the socket per
// statement instead of five or more (docs/decisions/016-hot-paths-in-sql.md).
import type { PGlite } from "@electric-sql/pglite";

interface Queued {
  handlerId: number;
  message: Uint8Array;
  /** Its last message ends a group (Sync, Query, …): known when it is queued. */
  endsGroup: boolean;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
/** Parse, Bind, Describe, Execute, Close: always followed by more of their group. */
const HELD = new Set([0x50, 0x42, 0x44, 0x45, 0x43]);

/** Messages after which another connection may take its turn. */
function endsGroup(message: Uint8Array): boolean {
  const type = message[0];
  // A startup packet begins with its length, whose first byte is 0.
  return type === SYNC || type === QUERY || type === TERMINATE || type === 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export class GroupedQueryQueue {
  private queue: Queued[] = [];
  private held = new Map<number, Uint8Array[]>();
  private processing = false;
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    const held = this.held.get(handlerId) ?? [];
    if (HELD.has(message[0]!)) {
      held.push(message);
      this.held.set(handlerId, held);
      return Promise.resolve(0);
    }
    this.held.delete(handlerId);
    // A startup or terminate message must reach PGlite on its own (it treats
    // them specially); anything else runs with the messages held before it.
    const special = message[0] === 0 || message[0] === TERMINATE;
    const groups = special && held.length > 0 ? [{ message: concat(held), ends: false }, { message, ends: true }] : [{ message: concat([...held, message]), ends: endsGroup(message) }];
    const runs = groups.map(
      (group) =>
        new Promise<number>((resolve, reject) => {
          this.queue.push({ handlerId, message: group.message, endsGroup: group.ends, onData, resolve, reject });
        }),
    );
    void this.process();
    return Promise.all(runs).then((bytes) => bytes.reduce((a, b) => a + b, 0));
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.held.delete(handlerId);
    this.queue = this.queue.filter((q) => {
      if (q.handlerId !== handlerId) return true;
      q.reject(new Error("Handler disconnected"));
      return false;
    });
    if (this.owner === handlerId && !this.db.isInTransaction()) {
      this.owner = null;
      void this.process();
    }
  }

  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    await this.process();
  }

  private next(): Queued | undefined {
    if (this.owner === null) return this.queue.shift();
    const index = this.queue.findIndex((q) => q.handlerId === this.owner);
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        const current = item;
        // PGlite hands its output over flush by flush (a view into its own
        // buffer, hence the copies); the socket gets it in one write, not
        // one system call per flush.
        const chunks: Uint8Array[] = [];
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(current.message, { onRawData: (data: Uint8Array) => void chunks.push(data.slice()) }),
          );
        } catch (error) {
          this.owner = null;
          current.reject(error as Error);
          continue;
        }
        const output = chunks.length === 0 ? new Uint8Array(0) : concat(chunks);
        const bytes = output.length;
        if (bytes > 0) current.onData(output);
        // A group's last message decides: Sync or Query outside a transaction hands over.
        this.owner = current.endsGroup && !this.db.isInTransaction() ? null : current.handlerId;
        current.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }
}
