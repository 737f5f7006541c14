import type { RoutePrefix } from "@agentic-sales/shared/registry";
import { describe, expect, it } from "vitest";
import { canaryBucket } from "./canary-bucket.ts";
import { routeFor, routeLabel, type RouteOverride } from "./route-for.ts";

const home = { prefix: "EMAIL" as RoutePrefix, binding: "EMAIL" };
const route = (o: Partial<RouteOverride>): RouteOverride => ({
  prefix: "EMAIL",
  assistants: new Set(["email_reply"]),
  percent: 100,
  ...o,
});
// A key whose bucket is known, so percentage rows are exact.
const key = "thread-7";
const bucketPercent = canaryBucket(key) / 100;

const CASES: { name: string; routes: RouteOverride[]; expected: string; target?: Record<string, unknown> }[] = [
  { name: "no overrides → home", routes: [], expected: "EMAIL:home" },
  { name: "inactive override (no url, no binding) → home", routes: [route({})], expected: "EMAIL:home" },
  { name: "url set, allowlisted, 100 % → canary by url", routes: [route({ url: "https://c.example", secret: "s" })], expected: "EMAIL:canary", target: { url: "https://c.example", secret: "s" } },
  { name: "binding set → canary by binding", routes: [route({ binding: "EMAIL_V2" })], expected: "EMAIL:canary", target: { binding: "EMAIL_V2" } },
  { name: "assistant not in allowlist → home", routes: [route({ url: "https://c.example", assistants: new Set(["email_compose"]) })], expected: "EMAIL:home" },
  { name: "0 % → home", routes: [route({ url: "https://c.example", percent: 0 })], expected: "EMAIL:home" },
  // The key's bucket sits just above/below the threshold.
  { name: "percent just above the key's bucket → canary", routes: [route({ url: "https://c.example", percent: bucketPercent + 0.01 })], expected: "EMAIL:canary" },
  { name: "percent at the key's bucket → home", routes: [route({ url: "https://c.example", percent: bucketPercent })], expected: "EMAIL:home" },
  {
    name: "first matching route wins",
    routes: [route({ url: "https://first.example" }), route({ url: "https://second.example" })],
    expected: "EMAIL:canary",
    target: { url: "https://first.example" },
  },
  {
    name: "a non-matching first route falls through to the next",
    routes: [route({ url: "https://first.example", percent: 0 }), route({ url: "https://second.example" })],
    expected: "EMAIL:canary",
    target: { url: "https://second.example" },
  },
];

describe("routeFor", () => {
  it.each(CASES)("$name", ({ routes, expected, target }) => {
    const decision = routeFor("email_reply", routes, home, key);
    expect(routeLabel(decision)).toBe(expected);
    if (target) expect(decision).toMatchObject(target);
    if (expected.endsWith(":home")) expect(decision).toEqual({ side: "home", prefix: "EMAIL", binding: "EMAIL" });
  });

  it("sends one thread to the same side on every call", () => {
    const routes = [route({ url: "https://c.example", percent: 50 })];
    for (let i = 0; i < 200; i++) {
      const id = crypto.randomUUID();
      const first = routeLabel(routeFor("email_reply", routes, home, id));
      for (let j = 0; j < 5; j++) expect(routeLabel(routeFor("email_reply", routes, home, id))).toBe(first);
    }
  });
});
