// Server side of every host/settings form: who is calling (the session),
// the use-case, errors as problem bodies, and fresh server components after
// a write (revalidatePath). Import only from "use server" modules.
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/app/_lib/current-user";
import { getPrisma, type Db } from "@/lib/db";
import { problemFromError } from "@/lib/http/problem";
import type { Actor } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";
import type { ActionResult } from "./action-result";

export interface ActionContext {
  db: Db;
  actor: Actor;
}

export async function runAction<T>(
  work: (ctx: ActionContext) => Promise<T>,
  revalidate: readonly string[] | ((actor: Actor) => readonly string[]) = [],
): Promise<ActionResult<T>> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "Your session has ended. Sign in again to continue.");
    const actor: Actor = { userId: user.id, roles: user.roles, via: "session" };
    const data = await work({ db: getPrisma(), actor });
    // "/" stands for every page (the root layout holds the header).
    for (const path of typeof revalidate === "function" ? revalidate(actor) : revalidate) {
      if (path === "/") revalidatePath("/", "layout");
      else revalidatePath(path);
    }
    return { ok: true, data };
  } catch (error) {
    const problem = problemFromError(error);
    return { ok: false, problem: { status: problem.status, code: problem.code, detail: problem.detail, errors: problem.errors ?? [] } };
  }
}
