import { createModelHub } from "@agentic-sales/shared/gateway";
import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract } from "../../workers/discovery/src/graphs/find-decision-maker.ts";
import type { FindDecisionMakerInput, FindDecisionMakerOutput } from "../../workers/discovery/src/graphs/find-decision-maker/decision-schemas.ts";
import { defineGraphEval } from "../lib/define-graph-eval.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as decision from "./evaluators.ts";
import type { DecisionReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<FindDecisionMakerInput, DecisionReference>;
const graph = buildGraph().compile();
/** The hub a run gets, on the offline provider: no network, no D1 (ledger off), no cache. */
const offlineHub = () => createModelHub({ env: {}, waitUntil: () => undefined, cache: null });

const example: EvalExample<FindDecisionMakerInput, DecisionReference> = {
  id: "handmade",
  input: { persona: { departments: ["sales"] }, contacts: [{ name: "Ada Example", title: "Head of Sales" }, { name: "Bo Sample", title: "Engineer" }] },
  reference: { top: ["Ada Example"], decision_maker: true, never_top: ["Bo Sample"] },
};
const entry = (index: number, name: string, score: number) => ({ index, name, title: null, score, seniority: "vp" as const, departments: [], reasons: ["r"] });
const good: FindDecisionMakerOutput = { ranked: [entry(0, "Ada Example", 0.8), entry(1, "Bo Sample", 0.1)], decision_maker: entry(0, "Ada Example", 0.8), skip_reason: null, provider: "rules", prompt_version: "decision-maker-v1" };

defineGraphEval({
  dataset,
  contract,
  run: {
    "rules (no hub)": async (input) => contract.output.parse(await graph.invoke(contract.input.parse(input))),
    "through the hub (offline provider)": async (input) => contract.output.parse(await graph.invoke(contract.input.parse(input), { context: { services: { hub: offlineHub() } } })),
  },
  evaluators: decision.evaluators,
  canFail: {
    example,
    accepts: [{ output: good }],
    rows: [
      { name: "wrong top", evaluator: decision.topChoice, output: { ...good, ranked: [entry(1, "Bo Sample", 0.9), entry(0, "Ada Example", 0.8)] } },
      { name: "no decision maker when one is expected", evaluator: decision.decisionMaker, output: { ...good, decision_maker: null } },
      { name: "invented contact", evaluator: decision.wellFormed, output: { ...good, ranked: [entry(5, "Ghost Person", 0.9)] } },
      { name: "out of order", evaluator: decision.wellFormed, output: { ...good, ranked: [entry(0, "Ada Example", 0.1), entry(1, "Bo Sample", 0.8)] } },
      { name: "no reasons", evaluator: decision.wellFormed, output: { ...good, ranked: [{ ...entry(0, "Ada Example", 0.8), reasons: [] }] } },
      { name: "unversioned", evaluator: decision.provenance, output: { ...good, prompt_version: "latest" } },
    ],
  },
});
