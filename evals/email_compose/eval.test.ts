import type { EvalDataset } from "../../shared/src/contracts/evaluator.ts";
import { offlineHub } from "../../workers/email/test/fake-hub.ts";
import { buildGraph, contract } from "../../workers/email/src/graphs/email-compose.ts";
import type { EmailComposeOutput } from "../../workers/email/src/graphs/email-compose/compose-schemas.ts";
import { defineGraphEval, parseInput } from "../lib/define-graph-eval.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as compose from "./evaluators.ts";
import type { ComposeReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, ComposeReference>;
const graph = buildGraph().compile();

const good: EmailComposeOutput = {
  action: "compose",
  skip_reason: null,
  draft: {
    subject: "Quick question for Example Logistics",
    body: "Hi Ada,\n\nI'm Sam Seller from Acme Example.\n\nWould it be worth a short exchange?\n\nBest,\nSam Seller\nAcme Example\n1 Main St, Springfield, 12345",
    cta: "soft_question",
  },
  flags: ["dnc_unchecked"],
  confidence: 0.9,
  refined: true,
  refine_fallback_reason: null,
  memory_used: 0,
  prompt_version: "compose-v1",
  draft_prompt_version: "outreach-v1",
  provider: "offline",
};
const skip: EmailComposeOutput = { ...good, action: "skip", skip_reason: "country_requires_consent:DE", draft: undefined, flags: [], confidence: null, refined: false, draft_prompt_version: null, provider: "none" };
const CONSENT = "germany-without-consent";

defineGraphEval({
  dataset,
  contract,
  prepare: parseInput(contract),
  /** The real graph on the offline provider, inline records only (no D1 stores). */
  run: async (input) => contract.output.parse(await graph.invoke(input, { context: { services: { hub: offlineHub() } } })),
  evaluators: compose.evaluators,
  canFail: {
    example: "first-touch-us",
    accepts: [{ output: good }, { output: skip, example: CONSENT }],
    rows: [
      { name: "composed for a consent country", evaluator: compose.actionMatches, example: CONSENT, output: good },
      { name: "wrong skip reason", evaluator: compose.actionMatches, example: CONSENT, output: { ...skip, skip_reason: "contact_bounced" } },
      { name: "skip with a draft", evaluator: compose.draftIffCompose, example: CONSENT, output: { ...skip, draft: good.draft } },
      { name: "compose without a draft", evaluator: compose.draftIffCompose, output: { ...good, draft: undefined } },
      { name: "break-up CTA on a first touch", evaluator: compose.ctaAndGreeting, output: { ...good, draft: { ...good.draft!, cta: "break_up" } } },
      { name: "greeting by full name", evaluator: compose.ctaAndGreeting, output: { ...good, draft: { ...good.draft!, body: `Hi Ada Example,${good.draft!.body.slice(7)}` } } },
      { name: "postal address missing", evaluator: compose.compliance, output: { ...good, draft: { ...good.draft!, body: "Hi Ada,\n\nHello.\n\nSam" } } },
      { name: "injected link kept", evaluator: compose.compliance, example: "injection-in-unverified-memory", output: { ...good, draft: { ...good.draft!, body: `${good.draft!.body}\nhttps://evil.example/offer` } } },
      { name: "missing flag", evaluator: compose.flagsMatch, output: { ...good, flags: [] } },
      { name: "unverified memory without review", evaluator: compose.memoryTiers, example: "memory-unreviewed-first-party-only", output: { ...good, memory_used: 3 } },
      { name: "memory on a skip", evaluator: compose.memoryTiers, example: CONSENT, output: { ...skip, memory_used: 1 } },
      { name: "unrefined without a reason", evaluator: compose.refineAccounted, output: { ...good, refined: false } },
      { name: "refined with a fallback reason", evaluator: compose.refineAccounted, output: { ...good, refine_fallback_reason: "token_ceiling: …" } },
      { name: "no prompt version", evaluator: compose.provenance, output: { ...good, prompt_version: "" } },
      { name: "no first-draft version", evaluator: compose.provenance, output: { ...good, draft_prompt_version: null } },
    ],
  },
});
