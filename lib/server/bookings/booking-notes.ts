// Notes on a booking by either party. A private note is its author's alone.
import type { Db } from "@/lib/db";
import type { Actor } from "../actor";
import { loadBookingFor } from "./load-booking";
import type { AddNoteInput } from "./schemas";

const noteSelect = {
  id: true,
  content: true,
  isPrivate: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const;

function toNoteView(note: { id: string; content: string; isPrivate: boolean; createdAt: Date; author: { id: string; name: string } }) {
  return { id: note.id, content: note.content, isPrivate: note.isPrivate, author: note.author, createdAt: note.createdAt.toISOString() };
}
export type NoteView = ReturnType<typeof toNoteView>;

export async function listNotes(db: Db, actor: Actor, bookingId: string): Promise<NoteView[]> {
  const { row } = await loadBookingFor(db, actor, bookingId);
  const notes = await db.bookingNote.findMany({
    where: { bookingId: row.id, OR: [{ isPrivate: false }, { authorId: actor.userId }] },
    select: noteSelect,
    orderBy: { createdAt: "asc" },
  });
  return notes.map(toNoteView);
}

export async function addNote(db: Db, actor: Actor, bookingId: string, input: AddNoteInput): Promise<NoteView> {
  const { row } = await loadBookingFor(db, actor, bookingId);
  const note = await db.bookingNote.create({
    data: { bookingId: row.id, authorId: actor.userId, content: input.content, isPrivate: input.isPrivate ?? false },
    select: noteSelect,
  });
  return toNoteView(note);
}
