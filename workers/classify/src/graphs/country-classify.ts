import { defineContract } from "@agentic-sales/shared";
import type { ModelHub } from "@agentic-sales/shared/gateway";
import { Annotation, END, START, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { z } from "zod";
import { classifyLocation, type CountryVerdict } from "../country/classify-location.ts";
import { MAX_REASON_LENGTH, MAX_REASONS } from "../country/country-verdict.ts";
import { classifyWithHub } from "./country-classify/hub-classifier.ts";
import { PROMPT_VERSION, SYSTEM_PROMPT } from "./country-classify.prompt.ts";

export { PROMPT_VERSION } from "./country-classify.prompt.ts";

/** The model-facing templates, pinned by hash per prompt version (`pnpm prompts:pin`). */
export const PROMPT_TEMPLATES = { SYSTEM_PROMPT };

const MAX_LOCATION_LENGTH = 500;

/**
 * Wire contract of `country_classify`: a location string in; an ISO 3166-1
 * alpha-2 code (or null), confidence, reasons and provenance out.
 *
 * @example
 * contract.input.parse({ location: "Berlin, Germany" }) // ok
 * contract.input.parse({ location: "Berlin", extra: 1 }) // throws: unknown key
 */
export const contract = defineContract({
  graph: "country_classify",
  // 1.1: `provider` names whichever provider answered; `skip_reason` added.
  version: "1.1.0",
  input: z.strictObject({ location: z.string().max(MAX_LOCATION_LENGTH) }),
  output: z.object({
    country: z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, upper case").nullable(),
    confidence: z.number().min(0).max(1),
    reasons: z.array(z.string().max(MAX_REASON_LENGTH)).max(MAX_REASONS),
    provider: z.string().min(1),
    prompt_version: z.literal(PROMPT_VERSION),
    skip_reason: z.string().nullable().optional(),
  }),
});

export type CountryClassifyInput = z.infer<typeof contract.input>;
export type CountryClassifyOutput = z.infer<typeof contract.output>;

/**
 * Turns a normalised location into a verdict without the model hub: tests and
 * evals pass one to `buildGraph` to pin the classifier.
 */
export interface CountryClassifier {
  readonly provider: string;
  classify(location: string): CountryVerdict | Promise<CountryVerdict>;
}

/**
 * The deterministic classifier: table lookups, no I/O. It is also what the
 * offline provider answers when the graph goes through the hub.
 *
 * @example
 * OFFLINE_CLASSIFIER.classify("Wien, Österreich") // { country: "AT", … }
 */
export const OFFLINE_CLASSIFIER: CountryClassifier = { provider: "offline", classify: classifyLocation };

const CountryClassifyState = Annotation.Root({
  location: Annotation<string>,
  normalized_location: Annotation<string>,
  country: Annotation<string | null>,
  confidence: Annotation<number>,
  reasons: Annotation<string[]>,
  provider: Annotation<string>,
  prompt_version: Annotation<string>,
  skip_reason: Annotation<string | null>,
});

type State = typeof CountryClassifyState.State;

/**
 * `normalize`: NFKC and collapsed whitespace, so the classifier (and later the
 * model prompt) sees one spelling of the same input.
 */
function normalize({ location }: State): Partial<State> {
  return { normalized_location: location.normalize("NFKC").replace(/\s+/g, " ").trim() };
}

/**
 * The `country_classify` graph, uncompiled: `normalize` → `classify`. In the
 * runtime, `classify` goes through the run's model hub
 * (`config.context.services.hub`); a classifier passed here is used instead
 * (tests, evals), and with neither the offline classifier answers directly.
 *
 * @example
 * await buildGraph().compile().invoke({ location: "Berlin, Germany" })
 * // { country: "DE", confidence: 0.98, reasons: [...], provider: "offline", prompt_version: "country-v2", ... }
 */
export function buildGraph(classifier?: CountryClassifier) {
  const classify = async ({ normalized_location }: State, config?: LangGraphRunnableConfig): Promise<Partial<State>> => {
    const hub = (config?.context as { services?: { hub?: ModelHub } } | undefined)?.services?.hub;
    if (!classifier && hub) {
      const { country, confidence, reasons, provider, skipReason } = await classifyWithHub(hub, normalized_location);
      return { country, confidence, reasons: [...reasons], provider, skip_reason: skipReason, prompt_version: PROMPT_VERSION };
    }
    const chosen = classifier ?? OFFLINE_CLASSIFIER;
    const { country, confidence, reasons } = await chosen.classify(normalized_location);
    return { country, confidence, reasons: [...reasons], provider: chosen.provider, skip_reason: null, prompt_version: PROMPT_VERSION };
  };
  return new StateGraph(CountryClassifyState)
    .addNode("normalize", normalize)
    .addNode("classify", classify)
    .addEdge(START, "normalize")
    .addEdge("normalize", "classify")
    .addEdge("classify", END);
}
