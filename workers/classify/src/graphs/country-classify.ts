import { defineContract } from "@agentic-sales/shared";
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
import { z } from "zod";
import { classifyLocation, type CountryVerdict } from "../country/classify-location.ts";
import { MAX_REASON_LENGTH, MAX_REASONS } from "../country/country-verdict.ts";
import { PROMPT_VERSION } from "./country-classify.prompt.ts";

export { PROMPT_VERSION } from "./country-classify.prompt.ts";

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
  version: "1.0.0",
  input: z.strictObject({ location: z.string().max(MAX_LOCATION_LENGTH) }),
  output: z.object({
    country: z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, upper case").nullable(),
    confidence: z.number().min(0).max(1),
    reasons: z.array(z.string().max(MAX_REASON_LENGTH)).max(MAX_REASONS),
    provider: z.literal("offline"),
    prompt_version: z.literal(PROMPT_VERSION),
  }),
});

export type CountryClassifyInput = z.infer<typeof contract.input>;
export type CountryClassifyOutput = z.infer<typeof contract.output>;

/**
 * Turns a normalised location into a verdict: the seam between the graph and
 * whatever classifies. The model-backed classifier (SYSTEM_PROMPT as the system
 * message, the location as user data, through the gateway's
 * `ModelHub.complete`) will be a second implementation passed to `buildGraph`,
 * adding its provider to the contract's `provider` (a minor version bump).
 */
export interface CountryClassifier {
  readonly provider: CountryClassifyOutput["provider"];
  classify(location: string): CountryVerdict | Promise<CountryVerdict>;
}

/**
 * The deterministic classifier: table lookups, no I/O.
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
  provider: Annotation<CountryClassifyOutput["provider"]>,
  prompt_version: Annotation<string>,
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
 * The `country_classify` graph, uncompiled: `normalize` → `classify`. The
 * runtime compiles it (stateless: no checkpointer).
 *
 * @example
 * await buildGraph().compile().invoke({ location: "Berlin, Germany" })
 * // { country: "DE", confidence: 0.98, reasons: [...], provider: "offline", prompt_version: "country-v1", ... }
 */
export function buildGraph(classifier: CountryClassifier = OFFLINE_CLASSIFIER) {
  const classify = async ({ normalized_location }: State): Promise<Partial<State>> => {
    const { country, confidence, reasons } = await classifier.classify(normalized_location);
    return { country, confidence, reasons: [...reasons], provider: classifier.provider, prompt_version: PROMPT_VERSION };
  };
  return new StateGraph(CountryClassifyState)
    .addNode("normalize", normalize)
    .addNode("classify", classify)
    .addEdge(START, "normalize")
    .addEdge("normalize", "classify")
    .addEdge("classify", END);
}
