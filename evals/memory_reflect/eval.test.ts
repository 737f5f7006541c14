import { expect, it } from "vitest";
import type { EvalDataset } from "../../shared/src/contracts/evaluator.ts";
import { offlineHub } from "../../workers/email/test/fake-hub.ts";
import type { NewReflection } from "../../workers/email/src/stores/memory-store.ts";
import { buildGraph, contract } from "../../workers/email/src/graphs/memory-reflect.ts";
import type { MemoryReflectInput, MemoryReflectOutput } from "../../workers/email/src/graphs/memory-reflect/reflect-schemas.ts";
import { defineGraphEval, parseInput } from "../lib/define-graph-eval.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as reflect from "./evaluators.ts";
import type { ReflectReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, ReflectReference>;
const graph = buildGraph().compile();

/** The store's contract in memory: facts land once per (thread, message), as the D1 batch guarantees. */
function memoryStore() {
  const reflected = new Map<string, number>();
  const key = (t: string, m: string) => `${t}\u0000${m}`;
  return {
    async isReflected(threadId: string, messageId: string) {
      return reflected.has(key(threadId, messageId));
    },
    async writeReflection(r: NewReflection) {
      if (reflected.has(key(r.threadId, r.messageId))) return { written: 0, duplicate: true };
      reflected.set(key(r.threadId, r.messageId), r.facts.length);
      return { written: r.facts.length, duplicate: false };
    },
  };
}

const run = async (input: MemoryReflectInput, memory = memoryStore()): Promise<MemoryReflectOutput> =>
  contract.output.parse(await graph.invoke(input, { context: { services: { hub: offlineHub(), memory, now: () => new Date("2026-11-24T15:00:00Z") } } }));

const ROLE = "inbound-role-change";
const good: MemoryReflectOutput = {
  status: "written",
  facts: [{ kind: "role_change", fact: "I've moved to Head of Procurement since we last spoke.", source: "inbound_unverified" }],
  written: 1,
  skip_reason: null,
  fallback_reason: null,
  prompt_version: "reflect-v1",
  provider: "offline",
};

defineGraphEval({
  dataset,
  contract,
  prepare: parseInput(contract),
  run: (input) => run(input),
  evaluators: reflect.evaluators,
  canFail: {
    example: ROLE,
    accepts: [{ output: good }],
    rows: [
      { name: "fact missed", evaluator: reflect.factsMatch, output: { ...good, facts: [] } },
      { name: "wrong kind", evaluator: reflect.factsMatch, output: { ...good, facts: [{ ...good.facts[0]!, kind: "timing" }] } },
      { name: "inbound fact promoted to first party", evaluator: reflect.tierByDirection, output: { ...good, facts: [{ ...good.facts[0]!, source: "sent_email" }] } },
      { name: "our fact tagged inbound", evaluator: reflect.tierByDirection, example: "sent-follow-up-promise", output: good },
      { name: "invented fact", evaluator: reflect.statedByAuthor, output: { ...good, facts: [{ ...good.facts[0]!, fact: "Signed the contract." }] } },
      {
        name: "fact from quoted history",
        evaluator: reflect.statedByAuthor,
        example: "inbound-quoted-history-ignored",
        output: { ...good, facts: [{ kind: "interest", fact: "We are evaluating partners for next quarter.", source: "inbound_unverified" }] },
      },
      { name: "question stored as a fact", evaluator: reflect.statedByAuthor, example: "inbound-questions-ignored", output: { ...good, facts: [{ kind: "interest", fact: "Do you integrate with our ERP?", source: "inbound_unverified" }] } },
      { name: "not stored", evaluator: reflect.storedOnce, output: { ...good, status: "skipped", written: 0, skip_reason: "memory_store_unavailable: …" } },
      { name: "stored twice", evaluator: reflect.storedOnce, output: { ...good, written: 2 } },
      { name: "rules fallback", evaluator: reflect.provenance, output: { ...good, provider: "rules", fallback_reason: "model_output_invalid: …" } },
    ],
  },
  extras: ({ example }) => {
    it("a retried reflect of the same message writes nothing", async () => {
      const memory = memoryStore();
      const { input } = example("inbound-mixed");
      expect((await run(input, memory)).written).toBe(3);
      expect(await run(input, memory)).toMatchObject({ status: "duplicate", written: 0 });
    });
  },
});
