import { defineContract } from "@agentic-sales/shared";
import { END, START, StateGraph, StateSchema, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { z } from "zod";
import { discoveryServicesOf, type DiscoveryServices } from "../services.ts";
import type { DiscoveryEnv } from "../env.ts";
import { assembleContacts } from "./contact-discovery/assemble-contacts.ts";
import { ContactDiscoveryInput, ContactDiscoveryOutput } from "./contact-discovery/discovery-schemas.ts";
import { gatherFindings } from "./contact-discovery/gather-findings.ts";
import { inferPattern } from "./contact-discovery/infer-pattern.ts";
import { mergePeople } from "./contact-discovery/merge-people.ts";
import { observedAddresses } from "./contact-discovery/observed-addresses.ts";
import { screenDomain } from "./contact-discovery/screen-domain.ts";
import type { SourceFindings } from "./contact-discovery/sources/discovery-source.ts";

/** Must equal the registry row's `promptVersion`; bump when extraction, link or inference rules change. */
export const PROMPT_VERSION = "contact-discovery-v1";
/** No model prompt: every step is a rule, so nothing to pin. */
export const PROMPT_TEMPLATES = {};
/** No model is called. */
const PROVIDER = "offline";

export const contract = defineContract({
  graph: "contact_discovery",
  version: "1.0.0",
  input: ContactDiscoveryInput,
  output: ContactDiscoveryOutput,
});

const DiscoveryState = new StateSchema({
  ...ContactDiscoveryInput.shape,
  ...ContactDiscoveryOutput.partial().shape,
  domain: z.string(),
  findings: z.custom<SourceFindings[]>().optional(),
});
type State = typeof DiscoveryState.State;

interface RunServices {
  discovery?: () => DiscoveryServices;
  now?: () => Date;
}

const servicesOf = (config?: LangGraphRunnableConfig) => ((config?.context as { services?: RunServices } | undefined)?.services ?? {}) as RunServices;

/**
 * The contact_discovery graph, uncompiled: `screen` (registrable company
 * domain, not free-mail/disposable) → `gather` (every source at once: the
 * website crawl and the DoH MX lookup by default) → `assemble` (merge people
 * across pages, infer the address pattern from the site's own addresses,
 * add candidates, flag role / free-mail / disposable). Sources come from
 * `options`, else from the run's services, else from an empty env (the
 * public internet and cloudflare-dns.com).
 *
 * @example
 * const graph = buildGraph().compile();
 * await graph.invoke({ domain: "acme.io", as_of: "2026-05-01T00:00:00Z" });
 * // → { contacts: [{ name, title, emails: [...], sources: [{ url, method, observed_at }] }], mx: { … }, pages: [...], … }
 */
export function buildGraph(options: { services?: DiscoveryServices } = {}) {
  const screen = (state: State, config?: LangGraphRunnableConfig): Partial<State> => {
    const { domain, flags, skip_reason } = screenDomain(state.domain);
    const clock = state.as_of ? new Date(state.as_of) : (servicesOf(config).now?.() ?? new Date());
    return {
      domain,
      domain_flags: flags,
      skip_reason,
      observed_at: clock.toISOString(),
      contacts: [],
      addresses: [],
      email_pattern: null,
      mx: null,
      pages: [],
      robots: {},
      source_errors: [],
      prompt_version: PROMPT_VERSION,
      provider: PROVIDER,
    };
  };

  const gather = async (state: State, config?: LangGraphRunnableConfig): Promise<Partial<State>> => {
    const services = options.services ?? servicesOf(config).discovery?.() ?? discoveryServicesOf({} as DiscoveryEnv);
    const maxPages = Math.min(state.max_pages ?? services.defaultMaxPages, services.maxPagesCap);
    const { findings, errors } = await gatherFindings(services.sources, { domain: state.domain, maxPages });
    return { findings, source_errors: errors };
  };

  const assemble = ({ findings = [], domain, observed_at }: State): Partial<State> => {
    const people = mergePeople(findings.flatMap((f) => f.people ?? []), observed_at!);
    const mailto = findings.flatMap((f) => f.mailto ?? []);
    const sitePersonAddresses = people.flatMap((p) => p.emails);
    const { pattern, matches } = inferPattern(people, [...mailto.flatMap((m) => m.mailto), ...sitePersonAddresses], domain);
    const mx = findings.find((f) => f.mx)?.mx ?? null;
    return {
      contacts: assembleContacts({ people, domain, pattern, matches, mx }),
      addresses: observedAddresses(mailto, matches, domain),
      email_pattern: pattern,
      mx,
      pages: findings.flatMap((f) => f.pages ?? []),
      robots: Object.assign({}, ...findings.map((f) => f.robots ?? {})),
      findings: [],
    };
  };

  return new StateGraph({ state: DiscoveryState, input: ContactDiscoveryInput, output: ContactDiscoveryOutput })
    .addNode("screen", screen)
    .addNode("gather", gather)
    .addNode("assemble", assemble)
    .addEdge(START, "screen")
    .addConditionalEdges("screen", (s: State) => (s.skip_reason ? END : "gather"), ["gather", END])
    .addEdge("gather", "assemble")
    .addEdge("assemble", END);
}
