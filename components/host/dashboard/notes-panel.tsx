"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { addBookingNote } from "@/app/dashboard/actions";
import { Alert, FieldError } from "@/components/form";
import { problemFromResponse, ProblemError, toProblem } from "../action-result";
import { useAction } from "../use-action";
import ui from "../ui.module.css";
import styles from "./dashboard.module.css";

interface Note {
  id: string;
  content: string;
  isPrivate: boolean;
  author: { id: string; name: string };
  createdAt: string;
}

async function fetchNotes(bookingId: string): Promise<Note[]> {
  const response = await fetch(`/api/v1/bookings/${bookingId}/notes`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new ProblemError(await problemFromResponse(response));
  return ((await response.json()) as { items: Note[] }).items;
}

function noteTime(iso: string): string {
  // Browser-only component: the viewer's own locale and zone are right here.
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function NotesPanel({ id, bookingId, context }: { id: string; bookingId: string; context: string }) {
  const queryClient = useQueryClient();
  const notes = useQuery({ queryKey: ["booking-notes", bookingId], queryFn: () => fetchNotes(bookingId) });
  const [content, setContent] = useState("");
  const [isPrivate, setIsPrivate] = useState(true);
  const ids = useId();
  const add = useAction(addBookingNote, {
    onSuccess: () => {
      setContent("");
      void queryClient.invalidateQueries({ queryKey: ["booking-notes", bookingId] });
    },
  });
  const problem = add.error ? toProblem(add.error) : null;
  const contentError = problem?.errors.find((e) => e.field === "content")?.message;

  return (
    <div id={id} className={styles.notes} role="region" aria-label={`Notes for ${context}`}>
      {notes.isPending ? (
        <p className="muted small" role="status">
          Loading notes…
        </p>
      ) : notes.isError ? (
        <Alert tone="error">
          <p>{toProblem(notes.error).detail}</p>
        </Alert>
      ) : notes.data.length === 0 ? (
        <p className="muted small">No notes yet.</p>
      ) : (
        <ul className={ui.list}>
          {notes.data.map((note) => (
            <li key={note.id}>
              <p className={styles.noteText}>{note.content}</p>
              <p className="muted small" style={{ margin: 0 }}>
                {note.author.name} · {noteTime(note.createdAt)}
                {note.isPrivate ? (
                  <>
                    {" · "}
                    <span className="badge">Private</span>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form"
        style={{ gap: "0.75rem" }}
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ bookingId, content, isPrivate });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-content`}>
            Add a note
          </label>
          <textarea
            id={`${ids}-content`}
            className={`input ${ui.textarea}`}
            value={content}
            onChange={(e) => setContent(e.target.value)}
            maxLength={10_000}
            required
            aria-invalid={contentError ? true : undefined}
            aria-describedby={contentError ? `${ids}-content-error` : undefined}
          />
          <FieldError id={`${ids}-content-error`} message={contentError} />
        </div>
        <label className={ui.checkRow}>
          <input type="checkbox" checked={isPrivate} onChange={(e) => setIsPrivate(e.target.checked)} />
          <span>
            Private note
            <small>Only you can read it. Uncheck to share it with the client.</small>
          </span>
        </label>
        {problem && !contentError ? (
          <Alert tone="error" live>
            <p>{problem.detail}</p>
          </Alert>
        ) : null}
        <div className={ui.itemActions}>
          <button type="submit" className="btn btn--sm btn--primary" disabled={add.isPending} aria-busy={add.isPending}>
            {add.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            Save note
          </button>
        </div>
      </form>
    </div>
  );
}
