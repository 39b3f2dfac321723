// Put a problem's field errors next to their fields in a react-hook-form form;
// what has no field comes back as one message for the form's alert.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionProblem } from "./action-result";

export function applyProblem<F extends FieldValues>(
  problem: ActionProblem,
  setError: UseFormSetError<F>,
  fields: readonly Path<F>[],
  aliases: Partial<Record<string, Path<F>>> = {},
): string | null {
  const unplaced: string[] = [];
  let focused = false;
  for (const issue of problem.errors) {
    const exact = fields.find((f) => f === issue.field);
    const head = issue.field.split(".")[0] ?? "";
    const target = exact ?? aliases[issue.field] ?? aliases[head] ?? fields.find((f) => f === head);
    if (target) {
      setError(target, { type: "server", message: issue.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unplaced.push(issue.message);
    }
  }
  if (unplaced.length > 0) return unplaced.join(" ");
  return focused ? null : problem.detail;
}
