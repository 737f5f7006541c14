import { beforeAll, describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample, EvalResult } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract, type LeadScoreInput, type LeadScoreOutput } from "../../workers/classify/src/graphs/lead-score.ts";
import datasetJson from "./dataset.json" with { type: "json" };
import { LEAD_EVALUATORS, exactTier, gateReasonFirst, scoreInRange, type LeadReference } from "./evaluators.ts";

type LeadExample = EvalExample<LeadScoreInput, LeadReference>;
const dataset = datasetJson as unknown as EvalDataset<LeadScoreInput, LeadReference>;
const SEGMENTS = ["engaged", "no-signal", "negative", "gates", "missing-data", "multilingual", "custom-icp"];

const graph = buildGraph().compile();
const run = async (input: unknown): Promise<LeadScoreOutput> => contract.output.parse(await graph.invoke(contract.input.parse(input)));

describe("lead_score dataset", () => {
  it("matches the graph's contract and covers every segment", () => {
    expect(dataset.graph).toBe(contract.graph);
    expect(dataset.contractVersion).toBe(contract.version);
    expect(dataset.examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dataset.examples.map((e) => e.id)).size).toBe(dataset.examples.length);
    expect(new Set(dataset.examples.map((e) => e.segment))).toEqual(new Set(SEGMENTS));
  });

  it.each(dataset.examples)("$id: input satisfies the input contract", ({ input }) => {
    expect(contract.input.safeParse(input).error?.issues).toBeUndefined();
  });
});

describe("lead_score on its fixtures", () => {
  let runs: readonly { example: LeadExample; output: LeadScoreOutput; results: Record<string, EvalResult> }[] = [];

  beforeAll(async () => {
    runs = await Promise.all(
      dataset.examples.map(async (example) => {
        const output = await run(example.input);
        const results = Object.fromEntries(Object.entries(LEAD_EVALUATORS).map(([key, evaluate]) => [key, evaluate({ output }, example)]));
        return { example, output, results };
      }),
    );
  });

  it.each(Object.keys(LEAD_EVALUATORS))("%s passes on every example", (key) => {
    const failures = runs.filter((r) => r.results[key]?.score !== 1);
    expect(failures.map((r) => `${r.example.id}: ${r.results[key]?.reason}`)).toEqual([]);
  });

  it.each(SEGMENTS)("segment %s is fully correct", (segment) => {
    const bad = runs.filter((r) => r.example.segment === segment && Object.values(r.results).some((x) => x.score !== 1));
    expect(bad.map((r) => r.example.id)).toEqual([]);
  });

  // Fit and engagement are separate axes: dropping the events never moves fit,
  // and dropping the lead's facts never moves engagement.
  it.each(dataset.examples)("$id: the axes are independent", async ({ input }) => {
    const full = runs.find((r) => r.example.input === input)!.output;
    expect((await run({ ...input, events: [] })).fit).toEqual(full.fit);
    expect((await run({ ...input, lead: {} })).engagement).toEqual(full.engagement);
  });
});

describe("lead_score evaluators can fail", () => {
  const example = dataset.examples.find((e) => e.id === "unsubscribed")!;
  const good = { tier: "suppressed", reasons: ["suppressed: unsubscribed on 2026-11-19", "fit 0.97 (A): …"], score: 70 } as unknown as LeadScoreOutput;

  it.each([
    ["exact_tier", exactTier, { ...good, tier: "A1" }],
    ["gate_reason_first", gateReasonFirst, { ...good, reasons: ["fit 0.97 (A): …", "suppressed: unsubscribed on 2026-11-19"] }],
    ["score_in_range", scoreInRange, { ...good, score: 20 }],
  ] as const)("%s", (_key, evaluate, output) => {
    const ranged = { ...example, reference: { ...example.reference, score_min: 60, score_max: 80 } };
    expect(evaluate({ output: good }, ranged).score).toBe(1);
    expect(evaluate({ output: output as LeadScoreOutput }, ranged).score).toBe(0);
  });
});
