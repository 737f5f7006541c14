import { END, START, StateGraph, StateSchema } from "@langchain/langgraph";
import { defineContract } from "@agentic-sales/shared";
import { z } from "zod";
import { EmailCandidatesInput, EmailCandidatesOutput } from "./email-candidates/candidate-schemas.ts";
import { rankCandidates } from "./email-candidates/rank-candidates.ts";
import { screenRequest } from "./email-candidates/screen-request.ts";

/** Must equal the registry row's `promptVersion`; bump when patterns or priors change. */
export const PROMPT_VERSION = "candidates-v1";

/** No model prompt: this graph is deterministic scoring, so nothing to pin. */
export const PROMPT_TEMPLATES = {};
const PROVIDER = "offline";

export const contract = defineContract({
  graph: "email_candidates",
  version: "1.0.0",
  input: EmailCandidatesInput,
  output: EmailCandidatesOutput,
});

const NameParts = z.object({ first: z.string(), last: z.string(), middle: z.string().optional() });

/** Input channels, the screened name, and every output field. */
const CandidatesState = new StateSchema({
  ...EmailCandidatesInput.shape,
  ...EmailCandidatesOutput.partial().shape,
  // Set by the caller, then replaced by `screen` with the registrable domain.
  domain: z.string(),
  name_parts: NameParts.nullable().optional(),
});

const screenNode: typeof CandidatesState.Node = (state) => {
  const { domain, flags, skip_reason, name } = screenRequest(state);
  return { domain, flags, skip_reason, name_parts: name, candidates: [], prompt_version: PROMPT_VERSION, provider: PROVIDER };
};

const afterScreen = (state: typeof CandidatesState.State) => (state.skip_reason ? END : "generate");

const generateNode: typeof CandidatesState.Node = ({ name_parts, domain, known_pattern }) => {
  if (!name_parts) throw new Error("email_candidates: generate reached without name parts");
  return { candidates: rankCandidates(name_parts, domain, known_pattern) };
};

/**
 * The email_candidates graph, uncompiled: `screen` validates the domain
 * (registrable via the public suffix list; free-mail, disposable and IPs end
 * the run with a skip reason) and normalises the name; `generate` ranks
 * pattern-based addresses.
 *
 * @example
 * const graph = buildGraph().compile();
 * await graph.invoke({ person: { first_name: "José", last_name: "Müller" }, domain: "www.acme.io" });
 * // → { domain: "acme.io", candidates: [{ address: "jose.muller@acme.io", pattern: "first.last", confidence: 0.32, role: false }, …], skip_reason: null, … }
 */
export function buildGraph() {
  return new StateGraph({ state: CandidatesState, input: EmailCandidatesInput, output: EmailCandidatesOutput })
    .addNode("screen", screenNode)
    .addNode("generate", generateNode)
    .addEdge(START, "screen")
    .addConditionalEdges("screen", afterScreen, ["generate", END])
    .addEdge("generate", END);
}
