import { describe, expect, it } from "vitest";
import { defineRegistry } from "./define-registry.ts";
import type { GraphSpec } from "./graph-spec.ts";
import { registry } from "./graphs.ts";

const row = (assistantId: string, worker: GraphSpec["worker"] = "classify"): GraphSpec => ({
  assistantId,
  worker,
  module: assistantId,
  builder: "buildGraph",
  resumable: false,
  timeoutClass: "default",
  pillar: "classification",
  promptVersion: "v1",
  description: "d",
});

describe("defineRegistry", () => {
  it("throws on a duplicate assistant id", () => {
    expect(() => defineRegistry([row("a_graph"), row("a_graph", "email")])).toThrow(/duplicate assistant id "a_graph"/);
  });

  it.each(["Bad-Id", "x", "1abc", "with space"])("rejects malformed id %j", (id) => {
    expect(() => defineRegistry([row(id)])).toThrow(/must match/);
  });

  it("rejects an unknown worker", () => {
    expect(() => defineRegistry([row("a_graph", "billing" as GraphSpec["worker"])])).toThrow(/unknown worker "billing"/);
  });

  it("keeps order, freezes rows, and derives per-worker tables and allowlists", () => {
    const r = defineRegistry([row("one_graph"), row("two_graph", "email"), row("three_graph")]);
    expect(r.graphs.map((g) => g.assistantId)).toEqual(["one_graph", "two_graph", "three_graph"]);
    expect(Object.isFrozen(r.graphs) && Object.isFrozen(r.graphs[0])).toBe(true);
    expect(r.graphsOf("classify").map((g) => g.assistantId)).toEqual(["one_graph", "three_graph"]);
    expect([...r.allowlistOf("email")]).toEqual(["two_graph"]);
    expect(r.graphsOf("discovery")).toEqual([]);
    expect(r.specFor("two_graph")?.worker).toBe("email");
    expect(r.specFor("nope")).toBeUndefined();
  });

  it("the fleet registry gives every worker at least one graph", () => {
    for (const w of ["email", "enrichment", "classify", "discovery"] as const) expect(registry.graphsOf(w).length).toBeGreaterThan(0);
  });
});
