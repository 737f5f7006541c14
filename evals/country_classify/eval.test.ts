import { beforeAll, describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample, EvalResult } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract } from "../../workers/classify/src/graphs/country-classify.ts";
import datasetJson from "./dataset.json" with { type: "json" };
import {
  COUNTRY_EVALUATORS,
  FORMAT_EVALUATOR_KEYS,
  type CountryInput,
  type CountryOutput,
  type CountryReference,
} from "./evaluators.ts";

type CountryExample = EvalExample<CountryInput, CountryReference>;

const dataset: EvalDataset<CountryInput, CountryReference> = datasetJson;
const SEGMENTS = ["us", "europe", "non-english", "city-only", "null-cases"];

interface ScoredRun {
  readonly example: CountryExample;
  readonly output: CountryOutput;
  readonly results: Readonly<Record<string, EvalResult>>;
}

describe("country_classify dataset", () => {
  it("matches the graph's contract and covers every segment", () => {
    expect(dataset.graph).toBe(contract.graph);
    expect(dataset.contractVersion).toBe(contract.version);
    expect(dataset.examples.length).toBeGreaterThanOrEqual(30);
    expect(new Set(dataset.examples.map((e) => e.id)).size).toBe(dataset.examples.length);
    expect(new Set(dataset.examples.map((e) => e.segment))).toEqual(new Set(SEGMENTS));
  });

  it.each(dataset.examples)("$id: input satisfies the input contract", ({ input }) => {
    expect(contract.input.safeParse(input).success).toBe(true);
  });
});

describe("country_classify on the offline provider", () => {
  let runs: readonly ScoredRun[] = [];

  beforeAll(async () => {
    const graph = buildGraph().compile();
    runs = await Promise.all(
      dataset.examples.map(async (example) => {
        const output: CountryOutput = contract.output.parse(await graph.invoke(contract.input.parse(example.input)));
        const results = Object.fromEntries(
          Object.entries(COUNTRY_EVALUATORS).map(([key, evaluate]) => [key, evaluate({ output }, example)]),
        );
        return { example, output, results };
      }),
    );
  });

  it("gets every example's country right (exact_country accuracy 1.0)", () => {
    const misses = runs.filter((run) => run.results.exact_country?.score !== 1);
    const accuracy = (runs.length - misses.length) / runs.length;
    expect(misses.map((run) => `${run.example.id}: ${run.results.exact_country?.reason}`)).toEqual([]);
    expect(accuracy).toBe(1);
  });

  it.each(SEGMENTS)("segment %s is fully correct", (segment) => {
    const inSegment = runs.filter((run) => run.example.segment === segment);
    expect(inSegment.length).toBeGreaterThan(0);
    expect(inSegment.every((run) => run.results.exact_country?.score === 1)).toBe(true);
  });

  it.each(FORMAT_EVALUATOR_KEYS)("%s passes on every example", (key) => {
    const failures = runs.filter((run) => run.results[key]?.score !== 1);
    expect(failures.map((run) => `${run.example.id}: ${run.results[key]?.reason}`)).toEqual([]);
  });
});
