import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The fetch-and-parse layer lives in both site-reading workers because no
// worker imports another and it is not shared/ code yet. company_enrich is
// only as careful as the discovery copy it was taken from, so the copies must
// not drift: same files, same bytes (tests live in the discovery copy only).
const ROOT = path.join(import.meta.dirname, "../..");
const copies = ["workers/discovery/src/web", "workers/enrichment/src/web"];

const sources = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort();

describe("web layer copies", () => {
  it("have the same files", () => expect(sources(copies[1]!)).toEqual(sources(copies[0]!)));

  it.each(sources(copies[0]!))("%s is identical", (file) => {
    const [a, b] = copies.map((dir) => readFileSync(path.join(ROOT, dir, file), "utf8"));
    expect(b, `${file} differs: copy workers/discovery/src/web/${file} over the enrichment one`).toBe(a);
  });
});
