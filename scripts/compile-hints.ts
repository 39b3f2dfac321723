// `npm run build` step after `next build`: see scripts/lib/compile-hints.ts.
import path from "node:path";
import { addCompileHints } from "./lib/compile-hints";
import { ROOT } from "./lib/database";

const changed = addCompileHints(path.join(ROOT, ".next"));
console.log(`[slotbook] compile hints: ${changed.length ? changed.join(", ") : "already in place"}`);
