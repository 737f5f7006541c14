import { describe, expect, it } from "vitest";
import type { EvalExample } from "../../shared/src/contracts/evaluator.ts";
import {
  INBOUND_EVALUATORS,
  deterministicCompliance,
  exactLabel,
  provenance,
  returnDateMatches,
  stageMatches,
  wellFormed,
  type InboundEvaluator,
  type InboundInput,
  type InboundOutput,
  type InboundReference,
} from "./evaluators.ts";

const input: InboundInput = { headers: {}, from: "ada@example.com", subject: "Re: Intro", text: "Please remove me.", received_at: "2026-11-24T09:00:00Z" };
const unsub: EvalExample<InboundInput, InboundReference> = { id: "u", input, reference: { label: "unsubscribe", stage: "lexical", return_date: null } };
const ooo: EvalExample<InboundInput, InboundReference> = { id: "o", input, reference: { label: "auto_reply", return_date: "2026-12-03" } };
const right: InboundOutput = { label: "unsubscribe", confidence: 0.95, stage: "lexical", return_date: null, reasons: ['unsubscribe phrase (en) "remove me"'], provider: "rules", prompt_version: "inbound-v1", skip_reason: null };

interface WrongRow {
  readonly name: string;
  readonly evaluator: InboundEvaluator;
  readonly output: InboundOutput;
  readonly example?: EvalExample<InboundInput, InboundReference>;
}

const WRONG: readonly WrongRow[] = [
  { name: "exact_label: another label", evaluator: exactLabel, output: { ...right, label: "not_interested" } },
  { name: "stage_matches: decided by the model", evaluator: stageMatches, output: { ...right, stage: "model", provider: "offline" } },
  { name: "return_date_matches: a day off", evaluator: returnDateMatches, output: { ...right, label: "auto_reply", return_date: "2026-12-04" }, example: ooo },
  { name: "return_date_matches: missing", evaluator: returnDateMatches, output: { ...right, label: "auto_reply", return_date: null }, example: ooo },
  { name: "deterministic_compliance: left to the model", evaluator: deterministicCompliance, output: { ...right, stage: "model", provider: "offline" } },
  { name: "deterministic_compliance: an unsubscribe missed", evaluator: deterministicCompliance, output: { ...right, label: "interested", stage: "model", provider: "offline" } },
  { name: "well_formed: unknown label", evaluator: wellFormed, output: { ...right, label: "positive" } },
  { name: "well_formed: three reasons", evaluator: wellFormed, output: { ...right, reasons: ["a", "b", "c"] } },
  { name: "well_formed: a return date on an unsubscribe", evaluator: wellFormed, output: { ...right, return_date: "2026-12-03" } },
  { name: "provenance: rules stage with a model provider", evaluator: provenance, output: { ...right, provider: "offline" } },
  { name: "provenance: stale prompt version", evaluator: provenance, output: { ...right, prompt_version: "inbound-v0" } },
];

describe("inbound_classify evaluators", () => {
  it.each(Object.entries(INBOUND_EVALUATORS))("%s scores a right output 1", (key, evaluate) => {
    expect(evaluate({ output: right }, unsub)).toEqual({ key, score: 1, reason: expect.any(String) });
  });

  it.each(WRONG)("$name scores 0", ({ evaluator, output, example }) => {
    const result = evaluator({ output }, example ?? unsub);
    expect(result.score).toBe(0);
    expect(result.reason).not.toBe("");
  });

  it("is pure: same input, same result", () => {
    expect(exactLabel({ output: right }, unsub)).toEqual(exactLabel({ output: right }, unsub));
  });
});
