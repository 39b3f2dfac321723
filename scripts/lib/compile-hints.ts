// V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): a script that starts
// with `//# allFunctionsCalledOnLoad` has every function compiled eagerly, on the background
// thread that streams the script in, instead of lazily on the main thread at its first call.
// The scripts every page runs at start-up (React, Next's client runtime: the build manifest's
// rootMainFiles) call nearly all of their functions on load; compiling the module factories there
// was ~45 ms of the main thread's longest task on the host page (docs/decisions/018).
// Runs after `next build` (npm run build, scripts/app.ts); idempotent.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Adds the hint to the build's start-up scripts; returns the files it changed. */
export function addCompileHints(distDir: string): string[] {
  const manifestPath = path.join(distDir, "build-manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`no build manifest in ${distDir}: run next build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { rootMainFiles?: unknown };
  const files = Array.isArray(manifest.rootMainFiles) ? manifest.rootMainFiles.filter((f): f is string => typeof f === "string" && f.endsWith(".js")) : [];
  const changed: string[] = [];
  for (const file of files) {
    const full = path.join(distDir, file);
    const source = readFileSync(full, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(full, COMPILE_HINT + source);
    changed.push(file);
  }
  return changed;
}
