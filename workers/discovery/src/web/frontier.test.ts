import { describe, expect, it } from "vitest";
import { Frontier } from "@agentic-sales/shared/web/frontier.ts";

const entry = (path: string, score: number) => ({ url: new URL(`https://acme.de${path}`), score, depth: 1 });

describe("Frontier", () => {
  it("gives the best score first, ties in discovery order, each page once", () => {
    const f = new Frontier();
    expect(f.push(entry("/kontakt", 2))).toBe(true);
    expect(f.push(entry("/team", 5))).toBe(true);
    expect(f.push(entry("/about", 2))).toBe(true);
    // Same page key: fragment and trailing slash do not make a new page.
    expect(f.push(entry("/team/#x", 9))).toBe(false);
    expect(f.take(2).map((e) => e.url.pathname)).toEqual(["/team", "/kontakt"]);
    expect(f.take(5).map((e) => e.url.pathname)).toEqual(["/about"]);
    expect(f.size).toBe(0);
  });

  it("markSeen keeps a redirect target from being queued later", () => {
    const f = new Frontier();
    expect(f.markSeen(new URL("https://acme.de/ueber-uns"))).toBe(true);
    expect(f.markSeen(new URL("https://acme.de/ueber-uns"))).toBe(false);
    expect(f.push(entry("/ueber-uns", 3))).toBe(false);
  });
});
