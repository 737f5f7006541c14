import { expect, it } from "vitest";
import { createModelHub } from "../../shared/src/gateway/hub.ts";
import type { EvalDataset } from "../../shared/src/contracts/evaluator.ts";
import { buildGraph, contract } from "../../workers/classify/src/graphs/inbound-classify.ts";
import { defineGraphEval } from "../lib/define-graph-eval.ts";
import datasetJson from "./dataset.json" with { type: "json" };
import { INBOUND_EVALUATORS, type InboundInput, type InboundOutput, type InboundReference } from "./evaluators.ts";

const dataset = datasetJson as unknown as EvalDataset<InboundInput, InboundReference>;
const LABELS_COVERED = ["interested", "not_interested", "auto_reply", "bounced", "info_request", "unsubscribe", "spam", "partnership", "meeting_scheduled"];
const graph = buildGraph().compile();
const DIRECT = "on the offline provider";
const VIA_HUB = "through the model hub (offline provider), as the runtime runs it";

// The known-bad outputs for each evaluator are table-tested in evaluators.test.ts.
defineGraphEval({
  dataset,
  contract,
  segments: ["headers", "unsubscribe", "ooo", "meeting", "human", "quoted-trap", "adversarial"],
  datasetChecks: {
    "covers all nine labels": (d) => expect(new Set(d.examples.map((e) => e.reference.label))).toEqual(new Set(LABELS_COVERED)),
    "is PII-free: every address is on an example domain": (d) => {
      const addresses = JSON.stringify(d.examples).match(/[\w.+-]+@[\w.-]+\.\w+/g) ?? [];
      expect(addresses.filter((a) => !/@([\w-]+\.)*example\.(com|org|net|de|fr|es)$/.test(a))).toEqual([]);
    },
  },
  run: {
    [DIRECT]: async (input): Promise<InboundOutput> => contract.output.parse(await graph.invoke(contract.input.parse(input))),
    [VIA_HUB]: async (input): Promise<InboundOutput> => {
      const hub = createModelHub({ env: {}, waitUntil: () => undefined, cache: null });
      return contract.output.parse(await graph.invoke(contract.input.parse(input), { context: { services: { hub } } }));
    },
  },
  evaluators: INBOUND_EVALUATORS,
  extras: ({ outputs }) => {
    it("the hub path answers exactly what the direct offline path does", async () => {
      expect(await outputs(VIA_HUB)).toEqual(await outputs(DIRECT));
    });
  },
});
