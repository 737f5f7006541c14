import { createModelHub } from "../../shared/src/gateway/hub.ts";
import { beforeAll, describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample, EvalResult } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract } from "../../workers/classify/src/graphs/inbound-classify.ts";
import datasetJson from "./dataset.json" with { type: "json" };
import { INBOUND_EVALUATORS, type InboundInput, type InboundOutput, type InboundReference } from "./evaluators.ts";

type InboundExample = EvalExample<InboundInput, InboundReference>;

const dataset = datasetJson as unknown as EvalDataset<InboundInput, InboundReference>;
const SEGMENTS = ["headers", "unsubscribe", "ooo", "meeting", "human", "quoted-trap", "adversarial"];
const LABELS_COVERED = ["interested", "not_interested", "auto_reply", "bounced", "info_request", "unsubscribe", "spam", "partnership", "meeting_scheduled"];

interface ScoredRun {
  readonly example: InboundExample;
  readonly output: InboundOutput;
  readonly results: Readonly<Record<string, EvalResult>>;
}

describe("inbound_classify dataset", () => {
  it("matches the graph's contract, covers every segment and all nine labels", () => {
    expect(dataset.graph).toBe(contract.graph);
    expect(dataset.contractVersion).toBe(contract.version);
    expect(dataset.examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(dataset.examples.map((e) => e.id)).size).toBe(dataset.examples.length);
    expect(new Set(dataset.examples.map((e) => e.segment))).toEqual(new Set(SEGMENTS));
    expect(new Set(dataset.examples.map((e) => e.reference.label))).toEqual(new Set(LABELS_COVERED));
  });

  it("is PII-free: every address is on an example domain", () => {
    const addresses = JSON.stringify(dataset.examples).match(/[\w.+-]+@[\w.-]+\.\w+/g) ?? [];
    expect(addresses.filter((a) => !/@([\w-]+\.)*example\.(com|org|net|de|fr|es)$/.test(a))).toEqual([]);
  });

  it.each(dataset.examples)("$id: input satisfies the input contract", ({ input }) => {
    expect(contract.input.safeParse(input).error?.issues).toBeUndefined();
  });
});

describe("inbound_classify on the offline provider", () => {
  let runs: readonly ScoredRun[] = [];
  let viaHub: readonly InboundOutput[] = [];

  beforeAll(async () => {
    const graph = buildGraph().compile();
    runs = await Promise.all(
      dataset.examples.map(async (example) => {
        const output: InboundOutput = contract.output.parse(await graph.invoke(contract.input.parse(example.input)));
        const results = Object.fromEntries(Object.entries(INBOUND_EVALUATORS).map(([key, evaluate]) => [key, evaluate({ output }, example)]));
        return { example, output, results };
      }),
    );
    // The same graph through the model hub (offline provider), as the runtime runs it.
    viaHub = await Promise.all(
      dataset.examples.map(async (example) => {
        const hub = createModelHub({ env: {}, waitUntil: () => undefined, cache: null });
        return contract.output.parse(await graph.invoke(contract.input.parse(example.input), { context: { services: { hub } } }));
      }),
    );
  });

  it.each(Object.keys(INBOUND_EVALUATORS))("%s passes on every example", (key) => {
    const failures = runs.filter((run) => run.results[key]?.score !== 1);
    expect(failures.map((run) => `${run.example.id}: ${run.results[key]?.reason}`)).toEqual([]);
  });

  it.each(SEGMENTS)("segment %s is fully correct", (segment) => {
    const inSegment = runs.filter((run) => run.example.segment === segment);
    expect(inSegment.length).toBeGreaterThan(0);
    expect(inSegment.filter((run) => Object.values(run.results).some((r) => r.score !== 1)).map((r) => r.example.id)).toEqual([]);
  });

  it("the hub path answers exactly what the direct offline path does", () => {
    expect(viaHub).toEqual(runs.map((run) => run.output));
  });
});
