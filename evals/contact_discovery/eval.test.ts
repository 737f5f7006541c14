import type { EvalDataset, EvalExample } from "../../shared/src/contracts/evaluator.ts";
import { contract } from "../../workers/discovery/src/graphs/contact-discovery.ts";
import type { ContactDiscoveryInput, ContactDiscoveryOutput } from "../../workers/discovery/src/graphs/contact-discovery/discovery-schemas.ts";
import { defineGraphEval } from "../lib/define-graph-eval.ts";
import { liveWorker } from "../lib/live-workers.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as discovery from "./evaluators.ts";
import type { DiscoveryReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<ContactDiscoveryInput, DiscoveryReference>;
const worker = liveWorker("discovery");

const ex = (reference: Partial<DiscoveryReference>): EvalExample<ContactDiscoveryInput, DiscoveryReference> => ({
  id: "handmade",
  input: { domain: "acme.io" },
  reference: { people: ["Ada Example"], exhaustive: true, pattern: "first.last", mx_status: "mx", skip_reason: null, ...reference },
});
const AT = "2026-05-01T00:00:00.000Z";
const ada = { name: "Ada Example", first_name: "Ada", last_name: "Example", middle_name: null, title: "CTO", emails: [{ address: "ada.example@acme.io", source: "inferred" as const, pattern: "first.last", confidence: 0.32, role: false }], sources: [{ url: "https://acme.io/team", method: "team-card" as const, observed_at: AT }] };
const good: ContactDiscoveryOutput = {
  domain: "acme.io",
  contacts: [ada],
  addresses: [],
  email_pattern: { pattern: "first.last", evidence: ["bo.sample@acme.io"] },
  mx: { status: "mx", hosts: [{ preference: 10, host: "mx.acme.io" }], accepts_mail: true, detail: null },
  domain_flags: { free_mail: false, disposable: false },
  pages: [{ url: "https://acme.io/intern", final_url: null, outcome: "skipped", reason: "robots_disallowed", detail: "/intern", http_status: null, bytes: null, encoding: null, last_modified: null }],
  robots: {},
  source_errors: [],
  skip_reason: null,
  observed_at: AT,
  prompt_version: "contact-discovery-v1",
  provider: "offline",
};

defineGraphEval({
  dataset,
  contract,
  segments: ["team-card", "h-card", "json-ld", "microdata", "dns", "robots", "screen", "budget", "scale"],
  concurrency: 4,
  run: {
    "in workerd against the fixture web (offline)": async (input) => contract.output.parse(await worker.run("contact_discovery", input)),
  },
  evaluators: discovery.evaluators,
  canFail: {
    example: ex({}),
    accepts: [{ output: good, example: ex({ titles: { "Ada Example": "CTO" }, page_skips: [{ path: "/intern", reason: "robots_disallowed" }] }) }],
    rows: [
      { name: "person missing", evaluator: discovery.peopleRecall, output: { ...good, contacts: [] } },
      { name: "heading read as a person", evaluator: discovery.peoplePrecision, output: { ...good, contacts: [ada, { ...ada, name: "Unser Team" }] } },
      { name: "title garbled by the charset", evaluator: discovery.titles, example: ex({ titles: { "Ada Example": "Geschäftsführerin" } }), output: { ...good, contacts: [{ ...ada, title: "GeschÃ¤ftsfÃ¼hrerin" }] } },
      { name: "too few on a large site", evaluator: discovery.minContacts, example: ex({ min_contacts: 2 }), output: good },
      { name: "no provenance", evaluator: discovery.provenance, output: { ...good, contacts: [{ ...ada, sources: [] }] } },
      { name: "provenance from another clock", evaluator: discovery.provenance, output: { ...good, contacts: [{ ...ada, sources: [{ ...ada.sources[0]!, observed_at: "2020-01-01T00:00:00.000Z" }] }] } },
      { name: "wrong pattern", evaluator: discovery.pattern, output: { ...good, email_pattern: { pattern: "flast", evidence: [] } } },
      { name: "wrong MX status", evaluator: discovery.dnsAndSkip, example: ex({ mx_status: "null_mx" }), output: good },
      { name: "robots-disallowed page read", evaluator: discovery.pageSkips, example: ex({ page_skips: [{ path: "/intern", reason: "robots_disallowed" }] }), output: { ...good, pages: [] } },
      { name: "inferred despite null MX", evaluator: discovery.inferredAddresses, output: { ...good, mx: { status: "null_mx", hosts: [], accepts_mail: false, detail: null } } },
      { name: "inferred at another domain", evaluator: discovery.inferredAddresses, output: { ...good, contacts: [{ ...ada, emails: [{ ...ada.emails[0]!, address: "ada@gmail.com" }] }] } },
      { name: "a contact from GitHub", evaluator: discovery.noGithubPeople, output: { ...good, contacts: [{ ...ada, sources: [{ ...ada.sources[0]!, url: "https://github.com/acme" }] }] } },
    ],
  },
});
