import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "./compile-hints";

function fakeBuild() {
  const dist = mkdtempSync(path.join(tmpdir(), "hints-"));
  mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  const write = (name: string, text: string) => writeFileSync(path.join(dist, "static", "chunks", name), text);
  write("framework.js", "(()=>{})();");
  write("runtime.js", "(()=>{})();");
  write("route.js", "(()=>{})();");
  writeFileSync(
    path.join(dist, "build-manifest.json"),
    JSON.stringify({ rootMainFiles: ["static/chunks/framework.js", "static/chunks/runtime.js", "static/style.css"], polyfillFiles: ["static/chunks/route.js"] }),
  );
  const read = (name: string) => readFileSync(path.join(dist, "static", "chunks", name), "utf8");
  return { dist, read };
}

describe("compile hints", () => {
  it("start every start-up script with the hint, once, and leave other files alone", () => {
    const { dist, read } = fakeBuild();
    expect(addCompileHints(dist)).toEqual(["static/chunks/framework.js", "static/chunks/runtime.js"]);
    expect(read("framework.js")).toBe(`${COMPILE_HINT}(()=>{})();`);
    expect(read("route.js")).toBe("(()=>{})();");
    expect(addCompileHints(dist)).toEqual([]);
    expect(read("runtime.js")).toBe(`${COMPILE_HINT}(()=>{})();`);
  });

  it("refuse a directory without a build", () => {
    expect(() => addCompileHints(mkdtempSync(path.join(tmpdir(), "nobuild-")))).toThrow(/next build/);
  });
});
