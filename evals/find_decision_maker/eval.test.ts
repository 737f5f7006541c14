import { createModelHub } from "@agentic-sales/shared/gateway";
import { describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract } from "../../workers/discovery/src/graphs/find-decision-maker.ts";
import type { FindDecisionMakerInput, FindDecisionMakerOutput } from "../../workers/discovery/src/graphs/find-decision-maker/decision-schemas.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as decision from "./evaluators.ts";
import { evaluators, type DecisionEvaluator, type DecisionReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<FindDecisionMakerInput, DecisionReference>;
const graph = buildGraph().compile();
/** The hub a run gets, on the offline provider: no network, no D1 (ledger off), no cache. */
const offlineHub = () => createModelHub({ env: {}, waitUntil: () => undefined, cache: null });

describe("find_decision_maker dataset", () => {
  it("is versioned against the current contract and has enough unique examples", () => {
    expect(dataset.graph).toBe(contract.graph);
    expect(dataset.contractVersion).toBe(contract.version);
    expect(dataset.examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dataset.examples.map((e) => e.id)).size).toBe(dataset.examples.length);
  });

  it.each(dataset.examples)("$id: input satisfies the contract", ({ input }) => {
    expect(contract.input.safeParse(input).error?.issues).toBeUndefined();
  });
});

describe.each([
  { path: "rules (no hub)", context: () => ({}) },
  { path: "through the hub (offline provider)", context: () => ({ context: { services: { hub: offlineHub() } } }) },
])("find_decision_maker $path", ({ context }) => {
  it.each(dataset.examples)("$id: every evaluator passes", async (example) => {
    const output = contract.output.parse(await graph.invoke(contract.input.parse(example.input), context()));
    const failures = evaluators.map((evaluate) => evaluate({ output }, example)).filter((r) => r.score < 1);
    expect(failures).toEqual([]);
  });
});

const example: EvalExample<FindDecisionMakerInput, DecisionReference> = {
  id: "handmade",
  input: { persona: { departments: ["sales"] }, contacts: [{ name: "Ada Example", title: "Head of Sales" }, { name: "Bo Sample", title: "Engineer" }] },
  reference: { top: ["Ada Example"], decision_maker: true, never_top: ["Bo Sample"] },
};
const entry = (index: number, name: string, score: number) => ({ index, name, title: null, score, seniority: "vp" as const, departments: [], reasons: ["r"] });
const good: FindDecisionMakerOutput = { ranked: [entry(0, "Ada Example", 0.8), entry(1, "Bo Sample", 0.1)], decision_maker: entry(0, "Ada Example", 0.8), skip_reason: null, provider: "rules", prompt_version: "decision-maker-v1" };

describe("find_decision_maker evaluators can fail", () => {
  it("accept the known-good output", () => expect(evaluators.map((e) => e({ output: good }, example)).filter((r) => r.score < 1)).toEqual([]));

  it.each<{ name: string; evaluator: DecisionEvaluator; output: FindDecisionMakerOutput }>([
    { name: "wrong top", evaluator: decision.topChoice, output: { ...good, ranked: [entry(1, "Bo Sample", 0.9), entry(0, "Ada Example", 0.8)] } },
    { name: "no decision maker when one is expected", evaluator: decision.decisionMaker, output: { ...good, decision_maker: null } },
    { name: "invented contact", evaluator: decision.wellFormed, output: { ...good, ranked: [entry(5, "Ghost Person", 0.9)] } },
    { name: "out of order", evaluator: decision.wellFormed, output: { ...good, ranked: [entry(0, "Ada Example", 0.1), entry(1, "Bo Sample", 0.8)] } },
    { name: "no reasons", evaluator: decision.wellFormed, output: { ...good, ranked: [{ ...entry(0, "Ada Example", 0.8), reasons: [] }] } },
    { name: "unversioned", evaluator: decision.provenance, output: { ...good, prompt_version: "latest" } },
  ])("$name scores below 1", ({ evaluator, output }) => expect(evaluator({ output }, example).score).toBeLessThan(1));
});
