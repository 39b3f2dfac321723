// Lets a test open its own connections (e.g. a raw pg pool for concurrency
// tests) to the database of the current test file.
let current: { url: string; kind: "postgres" | "pglite" } | undefined;

export function setTestDatabaseUrl(url: string, kind: "postgres" | "pglite"): void {
  current = { url, kind };
}

export function testDatabase(): { url: string; kind: "postgres" | "pglite" } {
  if (!current) throw new Error("No test database: is this an integration test file?");
  return current;
}
