import type { ModelHub } from "@agentic-sales/shared/gateway";
import { Annotation, END, START, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { foldMessage } from "../inbound/fold-message.ts";
import { headerVerdict } from "../inbound/header-rules.ts";
import { boundReasons, type InboundLabel, type InboundVerdict, type Stage } from "../inbound/inbound-verdict.ts";
import { lexicalVerdict } from "../inbound/lexical-rules.ts";
import { ownSubjectText } from "../inbound/reply-subject.ts";
import { extractReturnDate } from "../inbound/return-date/return-date.ts";
import { stripQuoted } from "../inbound/strip-quoted.ts";
import { classifyIntentWithHub, offlineIntent, type IntentMessage } from "./inbound-classify/hub-intent.ts";
import { TRUNCATED_NOTICE } from "./inbound-classify/inbound-data.ts";
import { PROMPT_VERSION, SYSTEM_PROMPT } from "./inbound-classify.prompt.ts";

export { PROMPT_VERSION } from "./inbound-classify.prompt.ts";
export { contract, MAX_TEXT_BYTES, type InboundClassifyInput, type InboundClassifyOutput } from "./inbound-classify/inbound-contract.ts";

/** Every template the model sees, for prompt-hash pinning: a change to either needs a version bump. */
export const PROMPT_TEMPLATES = { SYSTEM_PROMPT, TRUNCATED_NOTICE } as const;

/**
 * Decides the human intent without the model hub: tests and evals pass one to
 * `buildGraph` to pin the model stage.
 */
export interface IntentClassifier {
  readonly provider: string;
  classify(message: IntentMessage): InboundVerdict | Promise<InboundVerdict>;
}

/**
 * The deterministic intent scorer; also what the offline provider answers.
 *
 * @example
 * OFFLINE_CLASSIFIER.classify({ from: "a@example.com", subject: "Pricing", ownSubject: "Pricing", ownText: "How much is it?" }).label // "info_request"
 */
export const OFFLINE_CLASSIFIER: IntentClassifier = { provider: "offline", classify: offlineIntent };

const InboundState = Annotation.Root({
  headers: Annotation<Record<string, string>>,
  from: Annotation<string>,
  subject: Annotation<string>,
  text: Annotation<string>,
  received_at: Annotation<string>,
  own_subject: Annotation<string>,
  own_text: Annotation<string>,
  label: Annotation<InboundLabel | null>,
  confidence: Annotation<number>,
  stage: Annotation<Stage>,
  return_date: Annotation<string | null>,
  reasons: Annotation<string[]>,
  provider: Annotation<string>,
  prompt_version: Annotation<string>,
  skip_reason: Annotation<string | null>,
});
type State = typeof InboundState.State;

const decided = (v: InboundVerdict, stage: Stage, provider: string, skipReason: string | null = null): Partial<State> => ({
  label: v.label,
  confidence: v.confidence,
  reasons: [...v.reasons],
  stage,
  provider,
  skip_reason: skipReason,
});

/** `prepare`: the sender's own words, so our outreach quoted back can never trigger a label. */
const prepare = ({ subject, text }: State): Partial<State> => ({
  own_subject: ownSubjectText(subject),
  own_text: stripQuoted(text),
  label: null,
});

const headerRules = ({ headers, from, text }: State): Partial<State> => {
  const v = headerVerdict({ headers, from, text });
  return v ? decided(v, "headers", "rules") : {};
};

const lexicalRules = ({ subject, own_subject, own_text, headers }: State): Partial<State> => {
  const v = lexicalVerdict({ subject, ownSubject: own_subject, ownText: own_text, contentType: headers["content-type"] ?? "" });
  return v ? decided(v, "lexical", "rules") : {};
};

/** The return date, or null: a malformed `received_at` (the contract rejects it at the edge) must not fail the run. */
const returnDateOf = (ownText: string, receivedAt: string) => {
  try {
    return extractReturnDate(foldMessage(ownText), receivedAt);
  } catch {
    return null;
  }
};

/** `finalize`: the return date of an automatic answer, read from the sender's own text. */
const finalize = ({ label, own_text, received_at, reasons }: State): Partial<State> => {
  const back = label === "auto_reply" ? returnDateOf(own_text, received_at) : null;
  const more = back ? [`return date ${back.day} (${back.cue === "none" ? "bare date" : `${back.cue} cue`})`] : [];
  return { return_date: back?.day ?? null, reasons: boundReasons([...reasons.slice(0, 1), ...more, ...reasons.slice(1)]), prompt_version: PROMPT_VERSION };
};

const next = (to: string) => ({ label }: State) => (label ? "finalize" : to);

/**
 * The `inbound_classify` graph, uncompiled: `prepare` → `header_rules` →
 * `lexical_rules` → `model` → `finalize`, leaving for `finalize` as soon as a
 * stage decides.
 * In the runtime, `model` goes through the run's model hub
 * (`config.context.services.hub`); a classifier passed here is used instead
 * (tests, evals), and with neither the offline scorer answers directly.
 *
 * @example
 * await buildGraph().compile().invoke({ headers: { "auto-submitted": "auto-replied" }, from: "ada@example.com",
 *   subject: "Automatic reply: Intro", text: "I am out of office until 3 December.", received_at: "2026-11-24T09:00:00Z" })
 * // { label: "auto_reply", stage: "headers", return_date: "2026-12-03", provider: "rules", … }
 */
export function buildGraph(classifier?: IntentClassifier) {
  const model = async (state: State, config?: LangGraphRunnableConfig): Promise<Partial<State>> => {
    const message: IntentMessage = { from: state.from, subject: state.subject, ownSubject: state.own_subject, ownText: state.own_text };
    const hub = (config?.context as { services?: { hub?: ModelHub } } | undefined)?.services?.hub;
    if (!classifier && hub) {
      const { verdict, provider, skipReason } = await classifyIntentWithHub(hub, message);
      return decided(verdict, "model", provider, skipReason);
    }
    const chosen = classifier ?? OFFLINE_CLASSIFIER;
    return decided(await chosen.classify(message), "model", chosen.provider);
  };
  return new StateGraph(InboundState)
    .addNode("prepare", prepare)
    .addNode("header_rules", headerRules)
    .addNode("lexical_rules", lexicalRules)
    .addNode("model", model)
    .addNode("finalize", finalize)
    .addEdge(START, "prepare")
    .addEdge("prepare", "header_rules")
    .addConditionalEdges("header_rules", next("lexical_rules"), ["lexical_rules", "finalize"])
    .addConditionalEdges("lexical_rules", next("model"), ["model", "finalize"])
    .addEdge("model", "finalize")
    .addEdge("finalize", END);
}
